using LeftBehind.Archive.Storage;

namespace LeftBehind.Archive.Records;

/// <summary>
/// Whether any emergency is open anywhere in the deployment, known for <see cref="Lifetime"/>. Every message of a bound
/// person asks whether they are on an open emergency, and almost always none is open at all: one existence check every
/// two seconds answers that for every turn (about 3 % of a real-flow turn's CPU was the per-person check). Raising an
/// emergency forgets the answer at once in every instance, over the <see cref="IBackplane"/>; a check that was already
/// running when an emergency was raised cannot record "none" afterwards (<see cref="Version"/>). An instance whose
/// backplane message was lost learns within the lifetime, long before anyone can have read and answered the alert.
/// </summary>
internal sealed class EmergencyPresence : IDisposable
{
    public const string Topic = "emergency-presence";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    private readonly TimeProvider _time;
    private readonly IBackplane _backplane;
    private readonly IDisposable[] _subscriptions;
    private readonly Lock _gate = new();
    private long _version;
    private bool? _anyOpen;
    private DateTimeOffset _checkedAt;

    public EmergencyPresence(TimeProvider time, IBackplane? backplane = null)
    {
        _time = time;
        _backplane = backplane ?? new InProcessBackplane();
        _subscriptions = [_backplane.Subscribe(Topic, _ => Forget()), _backplane.OnReconnected(Forget)];
    }

    /// <summary>Read before the check runs and hand it to <see cref="Record"/>.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>True or false while the last check is fresh; null when the database must be asked.</summary>
    public bool? AnyOpen
    {
        get
        {
            lock (_gate)
            {
                return _anyOpen is { } known && _time.GetUtcNow() - _checkedAt < Lifetime ? known : null;
            }
        }
    }

    public void Record(long version, bool anyOpen)
    {
        lock (_gate)
        {
            if (version != _version) return;
            _anyOpen = anyOpen;
            _checkedAt = _time.GetUtcNow();
        }
    }

    /// <summary>After an emergency was raised (committed): this instance at once, the others over the backplane.</summary>
    public Task RaisedAsync(CancellationToken cancellationToken = default)
    {
        Forget();
        return _backplane.PublishAsync(Topic, "raised", cancellationToken);
    }

    private void Forget()
    {
        lock (_gate)
        {
            _version++;
            _anyOpen = null;
        }
    }

    public void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
    }
}
