namespace LeftBehind.Archive.Services;

/// <summary>What the service holds about a person (「我的信息」): themselves, where they are bound, their consent, and per child what is kept.</summary>
public sealed record PersonDataSummary(
    string Name,
    LeftBehind.Archive.Model.ActorRole Role,
    string? Phone,
    string? Workplace,
    IReadOnlyList<ChannelBindingSummary> Channels,
    ConsentState Consent,
    IReadOnlyList<ChildDataSummary> Children);
