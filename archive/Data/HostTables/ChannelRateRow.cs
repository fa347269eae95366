namespace LeftBehind.Archive.Data.HostTables;

/// <summary>
/// sched_channel_rates: one row per rate-limited channel, shared by every instance's outbox dispatcher, so a
/// provider's per-second cap holds for the cluster as a whole. <see cref="Tat"/> is the generic cell rate algorithm's
/// theoretical arrival time of the next send, in Unix microseconds.
/// </summary>
internal sealed class ChannelRateRow
{
    public required string Channel { get; set; }
    public long Tat { get; set; }
}
