using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// A send whose answer was lost is decided by the provider's status query (Tencent PullSmsSendStatusByPhoneNumber,
/// Aliyun QuerySendDetails), asked through the real outbox and client against the simulator: never a blind resend.
/// </summary>
public sealed class SmsStatusQueryTests
{
    [Theory]
    [InlineData("Tencent", "Sqlite")]
    [InlineData("Aliyun", "Sqlite")]
    [InlineData("Tencent", "Postgres")]
    public async Task A_timed_out_send_that_reached_the_phone_is_settled_by_the_status_query_and_not_sent_twice(string provider, string storage)
    {
        using var host = await PhoneHost.StartAsync(provider, storage: storage);
        var grandpa = await host.PersonAsync("王德福");
        host.Simulator.DropNextAnswer();
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("明天上午学校开家长会。"), "notice:meeting-2");
        await host.DrainAsync();
        var sms = Assert.Single(host.Simulator.Sms);
        Assert.Equal(ChannelSendStatus.Unknown, Assert.Single(await host.SendsAsync()).Status);

        // The handset reported it; the receipt callback never reached us. Well past the receipt wait (60 minutes):
        host.Simulator.Report(sms, delivered: true);
        for (var i = 0; i < 6; i++)
        {
            host.Time.Advance(TimeSpan.FromMinutes(15));
            await host.DrainAsync();
        }

        Assert.Single(host.Simulator.Sms);
        Assert.NotEmpty(host.Simulator.StatusQueries);
        var send = Assert.Single(await host.SendsAsync());
        Assert.Equal(ChannelSendStatus.Delivered, send.Status);
        Assert.Equal(1, send.Attempts);
        Assert.Equal(OutboxStatus.Sent, Assert.Single((await host.Get<IOutbox>().ListAsync(null, 1, 10)).Items).Status);
        Assert.Empty(host.Simulator.Refusals);
    }

    [Fact]
    public async Task Aliyun_lists_a_taken_message_at_once_so_the_outbox_row_is_sent_before_any_handset_report()
    {
        using var host = await PhoneHost.StartAsync("Aliyun");
        var grandpa = await host.PersonAsync("王德福");
        host.Simulator.DropNextAnswer();
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("明天上午学校开家长会。"), "notice:meeting-3");
        await host.DrainAsync();
        host.Time.Advance(TimeSpan.FromMinutes(10));
        await host.DrainAsync();

        Assert.Single(host.Simulator.Sms);
        Assert.Equal(ChannelSendStatus.Accepted, Assert.Single(await host.SendsAsync()).Status);
        Assert.Equal(OutboxStatus.Sent, Assert.Single((await host.Get<IOutbox>().ListAsync(null, 1, 10)).Items).Status);
    }

    [Theory]
    [InlineData("Tencent")]
    [InlineData("Aliyun")]
    public async Task A_send_the_provider_never_received_goes_once_more_only_after_the_wait_on_the_status_querys_word(string provider)
    {
        using var host = await PhoneHost.StartAsync(provider);
        var grandpa = await host.PersonAsync("王德福");
        host.Simulator.LoseNextRequest();
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("明天上午学校开家长会。"), "notice:meeting-4");
        await host.DrainAsync();
        Assert.Empty(host.Simulator.Sms);
        Assert.Equal(ChannelSendStatus.Unknown, Assert.Single(await host.SendsAsync()).Status);

        // Inside the receipt wait the query is asked and nothing is sent.
        host.Time.Advance(TimeSpan.FromMinutes(20));
        await host.DrainAsync();
        Assert.Empty(host.Simulator.Sms);
        Assert.NotEmpty(host.Simulator.StatusQueries);

        for (var i = 0; i < 4; i++)
        {
            host.Time.Advance(TimeSpan.FromMinutes(15));
            await host.DrainAsync();
        }
        Assert.Single(host.Simulator.Sms);
        var send = Assert.Single(await host.SendsAsync());
        Assert.Equal(ChannelSendStatus.Accepted, send.Status);
        Assert.Equal(2, send.Attempts);
        Assert.Equal(OutboxStatus.Sent, Assert.Single((await host.Get<IOutbox>().ListAsync(null, 1, 10)).Items).Status);
    }

    [Fact]
    public async Task A_lost_send_the_status_query_reports_failed_is_recorded_failed_and_sent_again_by_the_outbox()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        var grandpa = await host.PersonAsync("王德福");
        host.Simulator.DropNextAnswer();
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("明天上午学校开家长会。"), "notice:meeting-5");
        await host.DrainAsync();
        host.Simulator.Report(Assert.Single(host.Simulator.Sms), delivered: false);

        host.Time.Advance(TimeSpan.FromMinutes(10));
        await host.DrainAsync();
        var send = Assert.Single(await host.SendsAsync());
        Assert.Equal(ChannelSendStatus.Failed, send.Status);
        Assert.Contains("MK:0005", send.Error);

        host.Time.Advance(TimeSpan.FromMinutes(30));
        await host.DrainAsync();
        Assert.Equal(2, host.Simulator.Sms.Count);
        Assert.Equal(ChannelSendStatus.Accepted, Assert.Single(await host.SendsAsync()).Status);
    }
}
