using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Tests.Scheduler;

/// <summary>Two scheduler instances on one PostgreSQL database in Quartz's clustered mode, on the real clock.</summary>
public sealed class ClusteredSchedulerTests
{
    [Fact]
    public async Task Two_clustered_instances_fire_each_trigger_once_and_reach_each_recipient_once()
    {
        static void Configure(SchedulerOptions o)
        {
            o.Clustered = true;
            o.QuietHours.Enabled = false;
            foreach (var job in JobCatalog.All) o.Jobs[job.Name] = new JobScheduleOptions { Enabled = job.Name == JobNames.MonthlyLetter };
            o.Jobs[JobNames.MonthlyLetter].Cron = "0/2 * * * * ?";
            o.Outbox.BatchSize = 7; // small batches so both nodes' dispatchers take part
        }

        var cs = await (await Infrastructure.PostgresServer.SharedAsync()).CreateDatabaseAsync("clu");
        await using var a = await SchedulerHarness.CreateAsync("Postgres", configure: Configure, quartz: QuartzMode.Clustered, clock: TimeProvider.System, connectionString: cs);
        await using var b = await SchedulerHarness.CreateAsync("Postgres", configure: Configure, quartz: QuartzMode.Clustered, clock: TimeProvider.System, connectionString: cs);
        var school = await a.Seed.SchoolAsync();
        var (cls, _) = await a.Seed.ClassAsync(school, bindHeadTeacher: false);
        for (var i = 0; i < 10; i++) await a.Seed.FamilyAsync(school, cls, "孩子" + i);

        await Task.WhenAll(a.StartQuartzAsync(), b.StartQuartzAsync());
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var dispatching = Task.WhenAll(DispatchUntilAsync(a, stop.Token, a, b), DispatchUntilAsync(b, stop.Token, a, b));
        await JobsExecuted.UntilAsync(async () => (await a.Get<JobRunLog>().FiresAsync(stop.Token)).Count >= 4, stop.Token, a.Jobs, b.Jobs);
        await Task.WhenAll(a.StopQuartzAsync(), b.StopQuartzAsync());
        await WaitForDeliveriesAsync(a, b, 30, stop.Token);
        await stop.CancelAsync();
        await dispatching;

        var fires = await a.Get<JobRunLog>().FiresAsync(CancellationToken.None);
        Assert.True(fires.Count >= 4);
        Assert.Equal(fires.Count, fires.Select(f => f.ScheduledAt).Distinct().Count()); // no scheduled instant ran twice
        var keys = a.Adapter.Sent.Concat(b.Adapter.Sent).Select(s => s.OutboxKey).ToList();
        Assert.Equal(30, keys.Count); // 10 fathers, 10 mothers, 10 guardians, however many fires
        Assert.Equal(30, keys.Distinct().Count());
    }

    /// <summary>Drains <paramref name="h"/>'s outbox now and again after every job run on any node (runs are what write rows).</summary>
    private static async Task DispatchUntilAsync(SchedulerHarness h, CancellationToken stop, params SchedulerHarness[] nodes)
    {
        try
        {
            while (true)
            {
                // Taken before the drain, so rows written during it are drained on the next round.
                var next = Task.WhenAny(nodes.Select(n => n.Jobs.Next));
                await h.DrainAsync();
                await next.WaitAsync(stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The test is over.
        }
    }

    /// <summary>Woken by each send on either node (no polling): done when both channels together got <paramref name="count"/>.</summary>
    private static async Task WaitForDeliveriesAsync(SchedulerHarness a, SchedulerHarness b, int count, CancellationToken ct)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(SentActivity _)
        {
            if (a.Adapter.Sent.Count + b.Adapter.Sent.Count >= count) reached.TrySetResult();
        }

        a.Adapter.OnSent += Check;
        b.Adapter.OnSent += Check;
        try
        {
            Check(null!);
            await reached.Task.WaitAsync(ct);
        }
        finally
        {
            a.Adapter.OnSent -= Check;
            b.Adapter.OnSent -= Check;
        }
    }
}
