using LeftBehind.Archive.Storage;
using LeftBehind.Scheduler.Storage;
using Microsoft.Extensions.Logging;
using Quartz;

namespace LeftBehind.Scheduler.Quartz;

/// <summary>
/// Makes the persistent store hold exactly the configured schedules. A trigger whose cron, zone and misfire
/// rule are unchanged is left alone, so the fire it missed while the service was down is still recorded and
/// Quartz's misfire handling catches it up (once) when the scheduler starts.
/// </summary>
internal sealed class TriggerSynchronizer(JobScheduleResolver schedules, IDbConnectionFactory db, TimeProvider time, ILogger<TriggerSynchronizer> logger)
{
    /// <summary>Cluster nodes starting together take turns (a PostgreSQL advisory lock), so none replaces a trigger another already fired.</summary>
    private const long SyncLockKey = 0x4C42_5343_4845_44; // "LBSCHED"

    public async Task SynchronizeAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        if (db.Provider != StorageProvider.Postgres)
        {
            await SynchronizeUnlockedAsync(scheduler, cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var take = connection.Command("SELECT pg_advisory_lock(@k)").With("@k", SyncLockKey))
        {
            await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await SynchronizeUnlockedAsync(scheduler, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await using var release = connection.Command("SELECT pg_advisory_unlock(@k)").With("@k", SyncLockKey);
            await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task SynchronizeUnlockedAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        foreach (var schedule in schedules.Resolve())
        {
            var jobKey = new JobKey(schedule.Name, JobCatalog.Group);
            var triggerKey = new TriggerKey(schedule.Name, JobCatalog.Group);
            if (!schedule.Enabled)
            {
                if (await scheduler.DeleteJob(jobKey, cancellationToken).ConfigureAwait(false))
                    logger.LogInformation("Job {Job} disabled by configuration and removed from the store", schedule.Name);
                continue;
            }

            if (await scheduler.GetTrigger(triggerKey, cancellationToken).ConfigureAwait(false) is ICronTrigger existing
                && existing.CronExpressionString == schedule.Cron
                && existing.TimeZone.Id == schedule.TimeZone.Id
                && existing.MisfireInstruction == schedule.Definition.Misfire)
            {
                continue;
            }

            var job = JobBuilder.Create<ScheduledJobHost>()
                .WithIdentity(jobKey)
                .WithDescription(schedule.Definition.Description)
                .StoreDurably()
                .DisallowConcurrentExecution()
                // A run cut short by a crash is run again at start; the jobs are idempotent, so this only completes it.
                .RequestRecovery()
                .Build();
            var trigger = TriggerBuilder.Create(time)
                .WithIdentity(triggerKey)
                .ForJob(jobKey)
                .StartNow()
                .WithSchedule(CronScheduleBuilder.Create(schedule.Cron).InTimeZone(schedule.TimeZone).WithMisfireInstruction(schedule.Definition.Misfire))
                .Build();
            try
            {
                await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
            }
            catch (ObjectAlreadyExistsException)
            {
                // Another cluster node stored the same schedule a moment earlier; theirs is as good as ours.
            }

            logger.LogInformation("Job {Job} scheduled: {Cron} ({Zone})", schedule.Name, schedule.Cron, schedule.TimeZone.Id);
        }
    }
}
