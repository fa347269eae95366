namespace LeftBehind.Dialogs.Family;

/// <summary>The children offered, in the order shown, so the picked option maps back to a child.</summary>
internal sealed record ChooseChildState
{
    public IReadOnlyList<ChildChoice> Children { get; init; } = [];

    /// <summary>A name in the answer picks too (the parent's way of asking).</summary>
    public bool ByName { get; init; }

    /// <summary>"两个都", "全部" answer too.</summary>
    public bool AllowsAll { get; init; }
}
