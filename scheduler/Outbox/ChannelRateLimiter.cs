using System.Collections.Concurrent;
using LeftBehind.Scheduler.Configuration;
using Microsoft.Extensions.Options;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// A token bucket per channel id (one second of burst). Callers reserve a slot and wait for it, so sends are
/// spread evenly instead of bursting into a channel's throttling. A channel with its own configured rate (a provider's
/// cap: <c>Scheduler:Outbox:ChannelRates</c>) is counted in PostgreSQL when several instances share it
/// (<see cref="ClusterSendSlots"/>), so the cap holds for the cluster; the default rate stays per process.
/// </summary>
internal sealed class ChannelRateLimiter(IOptions<SchedulerOptions> options, ClusterSendSlots cluster, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask WaitAsync(string channelId, CancellationToken cancellationToken)
    {
        var wait = await ReserveAsync(channelId, cancellationToken).ConfigureAwait(false);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reserves the next send slot of the channel; how long to wait for it.</summary>
    internal async ValueTask<TimeSpan> ReserveAsync(string channelId, CancellationToken cancellationToken)
    {
        if (cluster.Enabled && options.Value.Outbox.ChannelRates.TryGetValue(channelId, out var capped) && capped > 0)
            return await cluster.ReserveAsync(channelId, capped, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var bucket = _buckets.GetOrAdd(channelId, id => new Bucket(RateFor(id), time.GetTimestamp()));
        return bucket.Reserve(time.GetTimestamp(), time.TimestampFrequency);
    }

    private int RateFor(string channelId) =>
        options.Value.Outbox.ChannelRates.TryGetValue(channelId, out var rate) && rate > 0 ? rate : options.Value.Outbox.DefaultRatePerSecond;

    private sealed class Bucket(int ratePerSecond, long startTimestamp)
    {
        private readonly Lock _gate = new();
        private double _tokens = ratePerSecond;
        private long _last = startTimestamp;

        public TimeSpan Reserve(long now, long frequency)
        {
            lock (_gate)
            {
                var elapsed = (double)(now - _last) / frequency;
                _last = now;
                _tokens = Math.Min(ratePerSecond, _tokens + elapsed * ratePerSecond);
                _tokens -= 1;
                return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / ratePerSecond);
            }
        }
    }
}
