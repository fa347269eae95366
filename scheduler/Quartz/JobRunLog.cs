using LeftBehind.Archive.Storage;
using LeftBehind.Scheduler.Storage;

namespace LeftBehind.Scheduler.Quartz;

/// <summary>Last run per job (for the admin listing and for proving a misfire was caught up once).</summary>
internal sealed class JobRunLog(IDbConnectionFactory db)
{
    public async Task StartedAsync(string job, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("""
            INSERT INTO sched_job_runs (job, runs, last_started) VALUES (@job, 1, @at)
            ON CONFLICT (job) DO UPDATE SET runs = sched_job_runs.runs + 1, last_started = excluded.last_started
            """).With("@job", job).With("@at", at.ToUnixMs());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One row per Quartz fire (which node ran which scheduled instant), kept for a week: proves in a cluster that
    /// each trigger fired on one node only.
    /// </summary>
    public async Task FiredAsync(string job, JobFire fire, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var prune = connection.Command("DELETE FROM sched_job_fires WHERE job = @job AND fired_at < @cutoff")
            .With("@job", job).With("@cutoff", (fire.FiredAt - TimeSpan.FromDays(7)).ToUnixMs()))
        {
            await prune.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var command = connection.Command("INSERT INTO sched_job_fires (job, scheduled_at, fired_at, fire_instance, node) VALUES (@job, @scheduled, @fired, @instance, @node)")
            .With("@job", job).With("@scheduled", fire.ScheduledAt.ToUnixMs()).With("@fired", fire.FiredAt.ToUnixMs())
            .With("@instance", fire.FireInstanceId).With("@node", fire.Node);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<(string Job, DateTimeOffset ScheduledAt, string Node)>> FiresAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT job, scheduled_at, node FROM sched_job_fires ORDER BY scheduled_at");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<(string, DateTimeOffset, string)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            result.Add((reader.GetString(0), UnixMsColumns.FromUnixMs(reader.GetInt64(1)), reader.GetString(2)));
        return result;
    }

    public async Task FinishedAsync(string job, DateTimeOffset at, int enqueued, string? error, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("UPDATE sched_job_runs SET last_finished = @at, last_enqueued = @n, last_error = @e WHERE job = @job")
            .With("@job", job).With("@at", at.ToUnixMs()).With("@n", enqueued).With("@e", error);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, JobRunRecord>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT job, runs, last_started, last_finished, last_enqueued, last_error FROM sched_job_runs");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, JobRunRecord>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var started = reader.GetNullableInt64(2);
            var finished = reader.GetNullableInt64(3);
            result[reader.GetString(0)] = new JobRunRecord(
                reader.GetString(0),
                reader.GetInt64(1),
                started is null ? null : UnixMsColumns.FromUnixMs(started.Value),
                finished is null ? null : UnixMsColumns.FromUnixMs(finished.Value),
                reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.GetNullableString(5));
        }

        return result;
    }
}
