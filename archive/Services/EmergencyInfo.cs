namespace LeftBehind.Archive.Services;

/// <summary>An emergency as the flows see it; <see cref="ResolvedAt"/> is null while it is open.</summary>
public sealed record EmergencyInfo(int Id, int ChildId, string ChildName, int? RaisedById, string Text, DateTimeOffset RaisedAt, IReadOnlyList<EmergencyRecipientInfo> Recipients)
{
    public DateTimeOffset? ResolvedAt { get; init; }
    public int? ResolvedById { get; init; }
    public string? ResolutionNote { get; init; }

    /// <summary>The kind chosen when it was raised (<see cref="Text"/> is the raiser's words); null on rows from before it was kept.</summary>
    public EmergencyKind? Kind { get; init; }

    /// <summary>The raiser's name from the family (a teacher or a family member); null when unknown.</summary>
    public string? RaisedByName { get; init; }

    /// <summary>The raiser's role for this child (father, mother, guardian, head_teacher, paired_teacher); null when unknown.</summary>
    public string? RaisedByRole { get; init; }

    /// <summary>Everyone on the emergency: the raiser and every recipient.</summary>
    public IEnumerable<int> Parties => (RaisedById is { } r ? Recipients.Select(x => x.PersonId).Prepend(r) : Recipients.Select(x => x.PersonId)).Distinct();
}
