namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// When the recovery sweeps (<see cref="TurnRecoverySweeper"/>, the WeChat one) look next. With several instances a
/// turn left by a killed one must be found within seconds, so every look is one interval apart. On one instance only
/// this process's own crash can leave a turn, and the looks right after start find it; after that a look that found
/// nothing doubles the wait (up to the idle maximum), so an idle service does not query its database every second
/// forever, and a look that found something due brings the interval back.
/// </summary>
internal sealed class RecoveryCadence
{
    private readonly TimeSpan _interval;
    private readonly TimeSpan _idleMax;
    private readonly bool _spansProcesses;
    private TimeSpan _next;

    public RecoveryCadence(TimeSpan interval, TimeSpan idleMax, bool spansProcesses)
    {
        _interval = interval;
        _idleMax = idleMax;
        _spansProcesses = spansProcesses;
        _next = interval;
    }

    /// <summary>The wait before the next look.</summary>
    public TimeSpan Next => _next;

    /// <summary>After a look: <paramref name="foundDue"/> when anything was due (running, or left behind).</summary>
    public void Looked(bool foundDue)
    {
        if (_spansProcesses || foundDue || _idleMax <= _interval)
        {
            _next = _interval;
            return;
        }
        var doubled = _next * 2;
        _next = doubled > _idleMax ? _idleMax : doubled;
    }
}
