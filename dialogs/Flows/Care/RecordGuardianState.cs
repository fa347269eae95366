using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// The children the guardian is recorded for (a parent's flagged children all at once), and what is known of the
/// guardian so far; <see cref="NoPhone"/> when the parent said there is no phone.
/// </summary>
internal sealed record RecordGuardianState
{
    public IReadOnlyList<ChildChoice> Children { get; init; } = [];
    public string? Name { get; init; }
    public string? Relation { get; init; }
    public string? Phone { get; init; }
    public bool NoPhone { get; init; }
    public EntrustmentNotice? How { get; init; }

    public GuardianDetails Known() => new(Name, Relation, Phone);

    public RecordGuardianState With(GuardianDetails details)
    {
        var merged = Known().Merge(details);
        return this with { Name = merged.Name, Relation = merged.Relation, Phone = merged.Phone };
    }

    /// <summary>The next thing to ask: "name", "relation", "phone", or null when all are known.</summary>
    public string? NextQuestion() => Name is null ? "name" : Relation is null ? "relation" : Phone is null && !NoPhone ? "phone" : null;
}
