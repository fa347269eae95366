using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Outbox;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Scheduler;

public sealed class ChannelRateLimiterTests
{
    [Fact]
    public async Task A_channel_over_its_rate_waits_and_other_channels_do_not()
    {
        var time = new FakeTimeProvider(SchedulerHarness.DefaultStart);
        var options = new SchedulerOptions();
        options.Outbox.ChannelRates["wechat"] = 2;
        var limiter = new ChannelRateLimiter(Options.Create(options), time);

        await limiter.WaitAsync("wechat", CancellationToken.None);
        await limiter.WaitAsync("wechat", CancellationToken.None);
        var third = limiter.WaitAsync("wechat", CancellationToken.None).AsTask();
        await limiter.WaitAsync("directline", CancellationToken.None);

        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await third;
    }
}
