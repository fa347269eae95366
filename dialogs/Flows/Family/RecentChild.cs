namespace LeftBehind.Dialogs.Family;

/// <summary>One child chosen for a request, and when.</summary>
internal sealed record RecentChild(int ChildId, DateTimeOffset ChosenAt)
{
    /// <summary>How long the last request's child stays the one a follow-up means.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>The child when chosen within <see cref="Window"/> of <paramref name="now"/>; else null.</summary>
    public int? At(DateTimeOffset now) => now - ChosenAt <= Window ? ChildId : null;
}
