using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Storage;

namespace LeftBehind.Archive.Binding;

/// <summary>
/// Who a channel user is, their preferences, the agreement to the data notice in force and the children they may see,
/// asked on every turn, kept for a few seconds. Binding, unbinding, saving preferences, giving, refusing or withdrawing
/// consent, a roster import and erasing a child invalidate them at once
/// (<see cref="BindingService"/>, <see cref="PreferenceService"/>, <see cref="SenderCacheRosterImporter"/>, the
/// child-rights service) in every instance: the invalidation travels over the <see cref="IBackplane"/>, and an
/// instance whose backplane listener reconnected (it may have missed some) forgets everything.
/// </summary>
internal sealed class SenderCache : IDisposable
{
    public const string Topic = "sender-cache";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);
    public const int MaxEntries = 20_000;
    private const char Separator = '\u001f';

    private readonly IBackplane _backplane;
    private readonly IDisposable[] _subscriptions;

    public SenderCache(TimeProvider time, IBackplane? backplane = null)
    {
        Bindings = new(time, Lifetime, MaxEntries);
        Preferences = new(time, Lifetime, MaxEntries);
        Children = new(time, Lifetime, MaxEntries);
        Consents = new(time, Lifetime, MaxEntries);
        _backplane = backplane ?? new InProcessBackplane();
        _subscriptions = [_backplane.Subscribe(Topic, Apply), _backplane.OnReconnected(Clear)];
    }

    public ShortLivedCache<(string ChannelId, string ChannelUserId), BoundPerson> Bindings { get; }

    public ShortLivedCache<int, PersonPreferences> Preferences { get; }

    /// <summary>An agreement in force only: a person who has not agreed is asked, and that turn reads the database.</summary>
    public ShortLivedCache<int, ConsentState> Consents { get; }

    /// <summary>The children an actor may see (names and classes only: every read of a child's records still asks the policy).</summary>
    public ShortLivedCache<Actor, ChildSummary[]> Children { get; }

    /// <summary>After a binding of this channel user changed (committed).</summary>
    public Task ForgetBindingAsync(string channelId, string channelUserId, CancellationToken cancellationToken = default) =>
        _backplane.PublishAsync(Topic, "b" + Separator + channelId + Separator + channelUserId, cancellationToken);

    /// <summary>After a person's preferences changed (committed).</summary>
    public Task ForgetPreferencesAsync(int personId, CancellationToken cancellationToken = default) =>
        _backplane.PublishAsync(Topic, "p" + Separator + personId.ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <summary>After a person's consent changed (given, refused or withdrawn; committed).</summary>
    public Task ForgetConsentAsync(int personId, CancellationToken cancellationToken = default) =>
        _backplane.PublishAsync(Topic, "c" + Separator + personId.ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <summary>After a change that may touch many people (a roster import, an erasure), in every instance.</summary>
    public Task ForgetAllAsync(CancellationToken cancellationToken = default) => _backplane.PublishAsync(Topic, "*", cancellationToken);

    /// <summary>This process only.</summary>
    public void Clear()
    {
        Bindings.Clear();
        Preferences.Clear();
        Children.Clear();
        Consents.Clear();
    }

    private void Apply(string message)
    {
        var parts = message.Split(Separator);
        switch (parts[0])
        {
            case "b" when parts.Length == 3:
                Bindings.Invalidate((parts[1], parts[2]));
                break;
            case "p" when parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var personId):
                Preferences.Invalidate(personId);
                break;
            case "c" when parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var consentOf):
                Consents.Invalidate(consentOf);
                break;
            default:
                // "*" or anything this version does not know: forgetting everything is always safe.
                Clear();
                break;
        }
    }

    public void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
    }
}
