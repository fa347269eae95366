using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Understanding;

/// <summary>
/// A fake clock that knows which of its timers are armed and when they are due, and says when one is armed, so a test
/// moves time to exactly the next thing the code waits for instead of nudging it forward and hoping.
/// </summary>
internal sealed class StepClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _gate = new();
    private readonly List<Armed> _armed = [];
    private TaskCompletionSource _next = NewSignal();

    /// <summary>Completes when a timer is next armed (created with a due time or changed to one).</summary>
    public Task NextArmed => Volatile.Read(ref _next).Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var armed = new Armed(this);
        armed.Inner = base.CreateTimer(callback, state, dueTime, period);
        armed.Set(dueTime);
        return armed;
    }

    /// <summary>The armed timers not yet due, as (due at, delay they were armed with).</summary>
    public IReadOnlyList<(DateTimeOffset DueAt, TimeSpan Delay)> Pending()
    {
        var now = GetUtcNow();
        lock (_gate)
        {
            _armed.RemoveAll(a => a.DueAt is not { } due || due <= now);
            return [.. _armed.Select(a => (a.DueAt!.Value, a.Delay))];
        }
    }

    private void Track(Armed timer, TimeSpan dueTime)
    {
        lock (_gate)
        {
            _armed.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan) timer.DueAt = null;
            else
            {
                timer.DueAt = GetUtcNow() + dueTime;
                timer.Delay = dueTime;
                _armed.Add(timer);
            }
        }
        Interlocked.Exchange(ref _next, NewSignal()).TrySetResult();
    }

    private void Forget(Armed timer)
    {
        lock (_gate) _armed.Remove(timer);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Armed(StepClock clock) : ITimer
    {
        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan Delay { get; set; }

        public void Set(TimeSpan dueTime) => clock.Track(this, dueTime);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = Inner.Change(dueTime, period);
            Set(dueTime);
            return changed;
        }

        public void Dispose()
        {
            clock.Forget(this);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            clock.Forget(this);
            return Inner.DisposeAsync();
        }
    }
}
