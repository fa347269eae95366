namespace LeftBehind.Archive.Services;

/// <summary>A paired teacher's children without a 谈心 for the week.</summary>
public sealed record TalksDue(int TeacherId, IReadOnlyList<PersonRef> Children);
