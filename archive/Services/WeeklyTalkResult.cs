namespace LeftBehind.Archive.Services;

/// <summary>The stored 谈心, the concern it opened (null: none), and the parents to send the weekly line to.</summary>
public sealed record WeeklyTalkResult(WeeklyTalkInfo Talk, CareConcernInfo? Concern, IReadOnlyList<PersonRef> Parents);
