namespace LeftBehind.Archive.Services;

/// <summary>One paired child's 五个一 for the month starting <paramref name="Month"/>: what their proxy parent has done.</summary>
public sealed record FiveOnesChild(int TeacherId, int ChildId, string ChildName, DateOnly Month, IReadOnlySet<FiveOnesItem> Done)
{
    public IReadOnlyList<FiveOnesItem> Missing => FiveOnes.Items.Where(i => !Done.Contains(i)).ToList();
}
