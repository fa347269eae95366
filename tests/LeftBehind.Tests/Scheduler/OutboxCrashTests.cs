using LeftBehind.Scheduler.Outbox;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Tests.Scheduler;

/// <summary>Crashes are simulated by dropping every process object and building new ones on the same database.</summary>
public sealed class OutboxCrashTests
{
    [Fact]
    public async Task Rows_written_before_a_crash_are_delivered_once_after_restart()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 12, 1, 19, 0);
        var written = await h.RunJobAsync(JobNames.MonthlyLetter);
        Assert.Equal(3, written);

        await h.RestartAsync(); // the process died after the job committed, before any delivery
        await h.DrainAsync();
        await h.DrainAsync();
        Assert.Equal(0, await h.RunJobAsync(JobNames.MonthlyLetter)); // a re-run after restart writes nothing new
        await h.DrainAsync();

        var keys = h.Adapter.Sent.Select(s => s.OutboxKey).ToList();
        Assert.Equal(3, keys.Count);
        Assert.Equal(3, keys.Distinct().Count());
    }

    [Fact]
    public async Task Rows_claimed_by_a_dispatcher_that_crashed_are_delivered_once_after_restart()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 12, 1, 19, 0);
        await h.RunJobAsync(JobNames.MonthlyLetter);
        var now = h.Time.GetUtcNow();
        var claimed = await h.Get<OutboxStore>().ClaimAsync("dead-process", now, now.AddMinutes(10), 100, CancellationToken.None);
        Assert.Equal(3, claimed.Count);

        await h.DrainAsync();
        Assert.Empty(h.Adapter.Sent); // still leased to the crashed owner in this process
        await h.RestartAsync(); // single node: a restart takes the leases back at once
        await h.DrainAsync();

        Assert.Equal(3, h.Adapter.Sent.Select(s => s.OutboxKey).Distinct().Count());
        Assert.Equal(3, h.Adapter.Sent.Count);
    }

    [Fact]
    public async Task On_postgres_a_crashed_nodes_lease_expires_and_another_node_delivers_once()
    {
        await using var h = await SchedulerHarness.CreateAsync("Postgres");
        await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 12, 1, 19, 0);
        await h.RunJobAsync(JobNames.MonthlyLetter);
        var now = h.Time.GetUtcNow();
        await h.Get<OutboxStore>().ClaimAsync("crashed-node", now, now.AddSeconds(60), 100, CancellationToken.None);

        await h.DrainAsync();
        Assert.Empty(h.Adapter.Sent);
        h.Time.Advance(TimeSpan.FromSeconds(61));
        await h.DrainAsync();
        await h.DrainAsync();

        Assert.Equal(3, h.Adapter.Sent.Count);
        Assert.Equal(3, h.Adapter.Sent.Select(s => s.OutboxKey).Distinct().Count());
    }
}
