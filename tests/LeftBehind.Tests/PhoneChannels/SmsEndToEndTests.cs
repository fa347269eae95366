using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Quartz;
using LeftBehind.Scheduler.Replies;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// A grandfather with only a feature phone (王德福: on the roster with his number, no chat app) through the real path:
/// the job writes the outbox, the dispatcher's policy picks SMS, our client signs the provider request (checked by the
/// provider's own SDK in the simulator), his replies come back through the provider's callback and run a normal turn.
/// </summary>
public sealed class SmsEndToEndTests
{
    [Theory]
    [InlineData("Tencent")]
    [InlineData("Aliyun")]
    public async Task Phone_only_guardian_gets_the_monthly_prompt_by_sms_and_answers_1(string provider)
    {
        using var host = await PhoneHost.StartAsync(provider);
        var grandpa = await host.PersonAsync("王德福");
        await host.RunJobAsync(JobNames.MonthlyLetter);
        await host.DrainAsync();

        var prompt = Assert.Single(host.Simulator.Sms, m => m.Phone == PhoneHost.GrandpaPhone);
        Assert.Contains("回复1、2或3", prompt.Text);
        Assert.Contains("1 已完成", prompt.Text);
        Assert.Empty(host.Simulator.Refusals);
        var send = Assert.Single(await host.SendsAsync(PhoneHost.GrandpaPhone));
        Assert.Equal(ChannelSendStatus.Accepted, send.Status);
        Assert.Equal(grandpa, send.PersonId);
        Assert.Equal(send.Reference, prompt.Reference);

        var receipt = provider == "Tencent" ? ProviderSimulator.TencentSmsReceipt(prompt, delivered: true) : ProviderSimulator.AliyunSmsReceipt(prompt, delivered: true);
        (await host.PostAsync("/api/sms/status/" + provider.ToLowerInvariant(), receipt)).EnsureSuccessStatusCode();
        Assert.Equal(ChannelSendStatus.Delivered, Assert.Single(await host.SendsAsync(PhoneHost.GrandpaPhone)).Status);

        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");

        var counts = await host.Get<IReminderReplies>().CountAsync([grandpa], 2026, 11);
        Assert.Equal(1, counts.Done);
        var answers = host.SmsTo(PhoneHost.GrandpaPhone);
        Assert.Equal(2, answers.Count);
        Assert.Empty(host.Simulator.Refusals);
    }
}
