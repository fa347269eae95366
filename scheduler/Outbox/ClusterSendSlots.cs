using System.Globalization;
using LeftBehind.Archive.Storage;
using LeftBehind.Scheduler.Storage;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// The send slots of a rate-limited channel, counted in PostgreSQL (<c>sched_channel_rates</c>) so that a provider's
/// per-second cap holds for every instance's dispatcher together, not for each one. The generic cell rate algorithm on
/// one row per channel: each reservation moves the channel's theoretical arrival time on by one interval (1 s / rate)
/// under the row lock, with one second of burst as the in-process bucket allows. On SQLite (one instance) it is off.
/// </summary>
internal sealed class ClusterSendSlots(IDbConnectionFactory db)
{
    private const long MicrosPerSecond = 1_000_000;

    public bool Enabled => db.Provider == StorageProvider.Postgres;

    /// <summary>Reserves the next slot of <paramref name="channelId"/>; returns how long to wait before sending in it.</summary>
    public async Task<TimeSpan> ReserveAsync(string channelId, int ratePerSecond, DateTimeOffset now, CancellationToken ct)
    {
        var interval = Math.Max(1, MicrosPerSecond / ratePerSecond);
        var nowUs = (now - DateTimeOffset.UnixEpoch).Ticks / 10;
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        // A reservation lost with a crash only leaves a slot unused: no need to wait for the WAL flush.
        await using var cmd = connection.Command("""
            SET LOCAL synchronous_commit TO OFF;
            INSERT INTO sched_channel_rates (channel, tat) VALUES (@c, @now + @i)
            ON CONFLICT (channel) DO UPDATE SET tat = GREATEST(sched_channel_rates.tat, @now) + @i
            RETURNING tat
            """, tx).With("@c", channelId).With("@now", nowUs).With("@i", interval);
        var tat = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        var waitUs = tat - nowUs - MicrosPerSecond;
        return waitUs > 0 ? TimeSpan.FromTicks(waitUs * 10) : TimeSpan.Zero;
    }
}
