using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Tests.Scheduler;

/// <summary>Quartz on its SQLite store with the fake clock: fires missed while the service was down.</summary>
public sealed class SchedulerMisfireTests
{
    private static void OnlyJobs(SchedulerOptions o, params string[] names)
    {
        o.QuietHours.Enabled = false;
        foreach (var job in JobCatalog.All.Where(j => !names.Contains(j.Name))) o.Jobs[job.Name] = new JobScheduleOptions { Enabled = false };
    }

    [Fact]
    public async Task Three_days_of_downtime_are_caught_up_with_one_run_not_three()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 11, 16, 9, 0), quartz: QuartzMode.Single,
            configure: o => OnlyJobs(o, JobNames.WeeklyContactCheck, JobNames.AbsenceAlert));
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        await h.StartQuartzAsync(); // stores the daily 10:00 contact check and the 09:30 absence alert
        await h.StopQuartzAsync();

        await h.RestartAsync(); // the service was down from Monday 09:00 until Thursday 11:00
        await h.Seed.AddAsync(new AttendanceRecord { ChildId = family.ChildId, Date = new DateOnly(2026, 11, 19), Status = AttendanceStatus.Absent, RecordedAt = h.Time.GetUtcNow() });
        h.SetLocal(2026, 11, 19, 11, 0);
        await h.StartQuartzAsync();
        await WaitForRunsAsync(h, JobNames.WeeklyContactCheck, 1);
        var jobs = await h.Get<ISchedulerAdmin>().ListJobsAsync(CancellationToken.None);
        await h.StopQuartzAsync();

        var runs = await h.Get<JobRunLog>().ReadAllAsync(CancellationToken.None);
        Assert.Equal(1, runs[JobNames.WeeklyContactCheck].Runs); // fires missed on Mon, Tue, Wed and Thu 10:00: caught up once
        Assert.False(runs.ContainsKey(JobNames.AbsenceAlert)); // polling-style jobs wait for their next fire instead
        var fires = await h.Get<JobRunLog>().FiresAsync(CancellationToken.None);
        Assert.Single(fires);
        Assert.Equal(SchedulerHarness.ShanghaiTime(2026, 11, 20, 10, 0), jobs.Single(j => j.Name == JobNames.WeeklyContactCheck).NextFireTime);
    }

    [Fact]
    public async Task A_missed_monthly_letter_is_sent_after_restart_and_the_next_fire_is_next_month()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 11, 30, 18, 0), quartz: QuartzMode.Single,
            configure: o => OnlyJobs(o, JobNames.MonthlyLetter));
        await OutboxDeliveryTests.OneFamilyAsync(h);
        await h.StartQuartzAsync();
        await h.StopQuartzAsync();

        await h.RestartAsync();
        h.SetLocal(2026, 12, 4, 8, 0);
        await h.StartQuartzAsync();
        await WaitForRunsAsync(h, JobNames.MonthlyLetter, 1);
        var jobs = await h.Get<ISchedulerAdmin>().ListJobsAsync(CancellationToken.None);
        await h.StopQuartzAsync();
        await h.DrainAsync();

        Assert.Equal(3, h.Adapter.Sent.Count);
        Assert.All(h.Adapter.Sent, s => Assert.EndsWith("|2026-12", s.OutboxKey));
        var next = jobs.Single(j => j.Name == JobNames.MonthlyLetter).NextFireTime!.Value;
        Assert.Equal(SchedulerHarness.ShanghaiTime(2027, 1, 1, 19, 0), next);
    }

    /// <summary>Quartz runs the job on its own thread; the test wakes on each finished run and reads the run log (no polling).</summary>
    internal static async Task WaitForRunsAsync(SchedulerHarness h, string job, long runs)
    {
        // Only a guard against a hang: every wake-up is a finished run.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await JobsExecuted.UntilAsync(async () =>
        {
            var log = await h.Get<JobRunLog>().ReadAllAsync(CancellationToken.None);
            return log.TryGetValue(job, out var r) && r.Runs >= runs && r.LastFinished is not null;
        }, hang.Token, h.Jobs);
    }
}
