using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Tests.Scheduler;

public sealed class ChannelRateLimiterTests
{
    [Fact]
    public async Task A_channel_over_its_rate_waits_and_other_channels_do_not()
    {
        await using var h = await SchedulerHarness.CreateAsync(configure: o => o.Outbox.ChannelRates["wechat"] = 2);
        var limiter = h.Get<ChannelRateLimiter>();

        await limiter.WaitAsync("wechat", CancellationToken.None);
        await limiter.WaitAsync("wechat", CancellationToken.None);
        var third = limiter.WaitAsync("wechat", CancellationToken.None).AsTask();
        await limiter.WaitAsync("directline", CancellationToken.None);

        Assert.False(third.IsCompleted);
        h.Time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(third.IsCompleted);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        await third;
    }

    [Fact]
    public async Task A_providers_cap_holds_for_two_instances_together_not_for_each()
    {
        // Two instances (each its own services and dispatcher's limiter) on one PostgreSQL, both at the same moment,
        // each wanting 8 WeChat sends against a cap of 4 a second: together they get 4 at once (one second of burst)
        // and then one every 250 ms — not 4 at once each.
        var cs = await (await Infrastructure.PostgresServer.SharedAsync()).CreateDatabaseAsync("rate");
        await using var a = await SchedulerHarness.CreateAsync("Postgres", configure: o => o.Outbox.ChannelRates["wechat"] = 4, connectionString: cs);
        await using var b = await SchedulerHarness.CreateAsync("Postgres", configure: o => o.Outbox.ChannelRates["wechat"] = 4, connectionString: cs);
        b.Time.SetUtcNow(a.Time.GetUtcNow());

        var waits = new List<TimeSpan>();
        for (var k = 0; k < 8; k++)
        {
            waits.Add(await a.Get<ChannelRateLimiter>().ReserveAsync("wechat", CancellationToken.None));
            waits.Add(await b.Get<ChannelRateLimiter>().ReserveAsync("wechat", CancellationToken.None));
        }

        Assert.Equal(4, waits.Count(w => w == TimeSpan.Zero));
        Assert.Equal(Enumerable.Range(0, 16).Select(n => TimeSpan.FromMilliseconds(Math.Max(0, n - 3) * 250)), waits.Order());
        // A second later (both clocks), the reservations made are spent: the next send waits for its own slot only.
        a.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(TimeSpan.Zero, await a.Get<ChannelRateLimiter>().ReserveAsync("wechat", CancellationToken.None));
        // The default rate (no provider cap configured) stays per process: no database round trip per send.
        Assert.Equal(TimeSpan.Zero, await b.Get<ChannelRateLimiter>().ReserveAsync("directline", CancellationToken.None));
    }
}
