using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>
/// An urgent concern as the flows and the console see it. <paramref name="Staff"/> are those to tell at once: the head
/// teacher, and for a wellbeing concern the school's counsellors. <paramref name="IsNew"/> is false when the concern
/// was already open (a second message about the same gap opens nothing new).
/// </summary>
public sealed record CareConcernInfo(
    int Id,
    int ChildId,
    string ChildName,
    CareConcernKind Kind,
    string Reason,
    string? Text,
    DateTimeOffset RaisedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ClosedAt,
    bool IsNew,
    IReadOnlyList<PersonRef> Staff);
