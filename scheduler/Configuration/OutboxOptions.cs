using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Scheduler.Configuration;

/// <summary><c>Scheduler:Outbox</c>: how the dispatcher claims, retries and paces deliveries.</summary>
public sealed class OutboxOptions
{
    /// <summary>Off in processes that only write the outbox (another instance delivers).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    [Range(1, 5000)]
    public int BatchSize { get; set; } = 400;

    /// <summary>
    /// Sends in flight at once. Also the most a crash can make the dispatcher send again (in flight or answered but not
    /// yet marked sent), so it trades throughput against repeats a channel without an idempotency key would show.
    /// </summary>
    [Range(1, 512)]
    public int MaxParallelSends { get; set; } = 32;

    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; each further attempt doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a claimed row is reserved for its claimer. Short, because the live owner renews it every third of it
    /// while it works (<see cref="LeaseRenewal"/>); after a crash the rows are claimable again this long after the last
    /// renewal, and the other instances (polling every <see cref="PollInterval"/>) take them over.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the owner extends the leases of rows it still holds.</summary>
    public TimeSpan LeaseRenewal => Lease / 3;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages per second per channel id when the channel has no entry in <see cref="ChannelRates"/>.</summary>
    [Range(1, 1_000_000)]
    public int DefaultRatePerSecond { get; set; } = 5000;

    /// <summary><c>Scheduler:Outbox:ChannelRates:&lt;channelId&gt;</c> = messages per second.</summary>
    public Dictionary<string, int> ChannelRates { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
