using LeftBehind.Archive.Services;

namespace LeftBehind.Archive.Binding;

/// <summary>
/// Who a channel user is, their preferences and the children they may see, asked on every turn, kept for a few
/// seconds. Binding, unbinding, saving preferences, a roster import and erasing a child invalidate them at once
/// (<see cref="BindingService"/>, <see cref="PreferenceService"/>, <see cref="SenderCacheRosterImporter"/>, the
/// child-rights service).
/// </summary>
internal sealed class SenderCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);
    public const int MaxEntries = 20_000;

    public ShortLivedCache<(string ChannelId, string ChannelUserId), BoundPerson> Bindings { get; } = new(time, Lifetime, MaxEntries);

    public ShortLivedCache<int, PersonPreferences> Preferences { get; } = new(time, Lifetime, MaxEntries);

    /// <summary>The children an actor may see (names and classes only: every read of a child's records still asks the policy).</summary>
    public ShortLivedCache<Actor, ChildSummary[]> Children { get; } = new(time, Lifetime, MaxEntries);

    /// <summary>After a change that may touch many people (a roster import, an erasure).</summary>
    public void Clear()
    {
        Bindings.Clear();
        Preferences.Clear();
        Children.Clear();
    }
}
