using LeftBehind.Scheduler.Configuration;
using Microsoft.Extensions.Options;
using Quartz;

namespace LeftBehind.Scheduler.Quartz;

internal sealed class SchedulerAdmin(ISchedulerFactory factory, JobScheduleResolver schedules, JobRunLog runLog, JobRunner runner, IOptions<SchedulerOptions> options) : ISchedulerAdmin
{
    public async Task<IReadOnlyList<JobInfo>> ListJobsAsync(CancellationToken cancellationToken)
    {
        var runs = await runLog.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        var scheduler = options.Value.Enabled ? await factory.GetScheduler(cancellationToken).ConfigureAwait(false) : null;
        var result = new List<JobInfo>();
        foreach (var s in schedules.Resolve())
        {
            ITrigger? trigger = null;
            if (scheduler is not null && s.Enabled)
                trigger = await scheduler.GetTrigger(new TriggerKey(s.Name, JobCatalog.Group), cancellationToken).ConfigureAwait(false);
            result.Add(new JobInfo(s.Name, s.Cron, s.TimeZone.Id, s.Enabled, trigger?.NextFireTimeUtc, trigger?.PreviousFireTimeUtc, runs.GetValueOrDefault(s.Name)));
        }

        return result;
    }

    public Task<JobRunResult?> RunNowAsync(string name, CancellationToken cancellationToken) => runner.RunAsync(name, cancellationToken);

    public async Task<string?> TriggerAsync(string name, CancellationToken cancellationToken)
    {
        var schedule = schedules.Find(name);
        if (schedule is null) return null;
        if (!options.Value.Enabled || !schedule.Enabled)
        {
            await runner.RunAsync(schedule.Name, cancellationToken).ConfigureAwait(false);
            return schedule.Name;
        }

        var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.TriggerJob(new JobKey(schedule.Name, JobCatalog.Group), new JobDataMap(), cancellationToken).ConfigureAwait(false);
        return schedule.Name;
    }
}
