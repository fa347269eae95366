namespace LeftBehind.Archive.Model;

internal sealed class Emergency
{
    /// <summary>The turn that filed it (<see cref="Services.TurnWrites"/>): a re-run of that turn finds this row instead of filing another.</summary>
    public string? RequestKey { get; set; }

    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int? RaisedById { get; set; }
    /// <summary>The raiser's words, kept as said (inert everywhere).</summary>
    public required string Text { get; set; }

    /// <summary>The kind chosen when it was raised; null on rows from before it was kept (readers fall back on <see cref="Text"/>).</summary>
    public Services.EmergencyKind? Kind { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>The teacher, guardian or raiser who closed it; null while open.</summary>
    public int? ResolvedById { get; set; }

    /// <summary>What they said when closing it ("找到了，在同学家").</summary>
    public string? ResolutionNote { get; set; }

    public List<EmergencyRecipient> Recipients { get; set; } = [];
    public List<EmergencyEvent> Events { get; set; } = [];
}
