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

    [Fact]
    public async Task A_crash_after_the_channel_took_a_message_but_before_its_sent_mark_resends_the_same_message_and_a_rerun_adds_nothing()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 12, 1, 19, 0);
        Assert.Equal(3, await h.RunJobAsync(JobNames.MonthlyLetter));

        // The first send reaches the channel, then the process dies before the dispatcher hears back: cancelling the drain
        // stands in for SIGKILL (nothing after the send runs, the "sent" mark is never written).
        // The other two sends complete normally; the crash comes once all three are in the channel.
        var inChannel = new TaskCompletionSource<SentActivity>(TaskCreationOptions.RunContinuationsAsynchronously);
        var allInChannel = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var recorded = 0;
        h.Adapter.AfterRecorded = async (sent, ct) =>
        {
            var n = Interlocked.Increment(ref recorded);
            if (n == 3) allInChannel.TrySetResult();
            if (n != 1) return;
            inChannel.TrySetResult(sent);
            await Task.Delay(Timeout.Infinite, ct);
        };
        using var crash = new CancellationTokenSource();
        var drain = h.Get<OutboxDispatcher>().DrainAsync(crash.Token);
        var first = await inChannel.Task;
        await allInChannel.Task;
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => drain);
        var beforeCrash = h.Adapter.Sent;
        var pending = Assert.Single((await h.Get<IOutbox>().ListAsync(OutboxStatus.Pending, 1, 10)).Items);
        Assert.Equal(first.OutboxKey, pending.Key);

        await h.RestartAsync();
        Assert.Equal(0, await h.RunJobAsync(JobNames.MonthlyLetter)); // the recovered or repeated job run writes nothing twice
        await h.DrainAsync();
        await h.DrainAsync();

        var resent = Assert.Single(h.Adapter.Sent);
        Assert.Equal(first.OutboxKey, resent.OutboxKey);
        Assert.Equal(OutboxKey.ActivityId(first.OutboxKey!), first.Activity.Id);
        Assert.Equal(first.Activity.Id, resent.Activity.Id);
        Assert.Equal(first.Text, resent.Text);
        Assert.Equal(first.UserId, resent.UserId);
        Assert.Equal(3, beforeCrash.Concat([resent]).Select(s => s.OutboxKey).Distinct().Count());
        Assert.Equal(3, (await h.Get<IOutbox>().ListAsync(OutboxStatus.Sent, 1, 10)).Total);
    }

    [Fact]
    public void Every_send_of_one_key_is_the_same_activity_and_different_keys_differ()
    {
        var message = new OutboxMessage("本月的两地书写好了吗？", [new OutboxChoice("1 写好了", "1")]);
        var a = ProactiveSender.BuildActivity(message, "monthly-letter|42|2026-11", "zh-CN");
        var b = ProactiveSender.BuildActivity(message, "monthly-letter|42|2026-11", "zh-CN");
        var other = ProactiveSender.BuildActivity(message, "monthly-letter|43|2026-11", "zh-CN");

        Assert.Equal(a.Id, b.Id);
        Assert.StartsWith("ob-", a.Id, StringComparison.Ordinal);
        Assert.Equal(35, a.Id!.Length);
        Assert.NotEqual(a.Id, other.Id);
        Assert.Equal("monthly-letter|42|2026-11", a.ChannelData!.Value.GetProperty("outboxKey").GetString());
    }
}
