using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Scheduler.Outbox;
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
    [InlineData("Tencent", "Sqlite")]
    [InlineData("Aliyun", "Sqlite")]
    [InlineData("Aliyun", "Postgres")]
    public async Task Phone_only_guardian_gets_the_monthly_prompt_by_sms_and_answers_1(string provider, string storage)
    {
        using var host = await PhoneHost.StartAsync(provider, storage: storage);
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

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Guardian_reports_a_sick_day_over_sms_with_digits_only_and_the_head_teacher_is_told(string storage)
    {
        using var host = await PhoneHost.StartAsync("Aliyun", storage: storage);
        await host.SetPhoneAsync("李红梅", "13800000009");

        await host.ReplyAsync(PhoneHost.GrandpaPhone, "请假");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");
        Assert.Equal("请哪天的假？\n1. 今天\n2. 明天\n3. 这周", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");
        Assert.Equal("为什么请假？\n1. 生病\n2. 有事", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");
        Assert.StartsWith("好了，王小明", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);

        // The head teacher has no chat either: her notice goes by SMS to her roster number.
        Assert.Contains(host.SmsTo("+8613800000009"), t => t.StartsWith("请假：王德福说王小明生病了", StringComparison.Ordinal));
        Assert.Empty(host.Simulator.Refusals);
    }

    [Fact]
    public async Task A_slow_turns_typing_indicator_is_never_sent_as_an_empty_sms_to_the_guardian()
    {
        // Found playing the grandfather by SMS: on a busy machine every slow turn also sent him an empty SMS (the
        // typing indicator). A typing delay of 0 makes every turn "slow".
        using var host = await PhoneHost.StartAsync(settings: s => s["Kernel:TypingDelayMs"] = "0");

        await host.ReplyAsync(PhoneHost.GrandpaPhone, "请假");
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");

        Assert.Equal(["哪个孩子请假？\n1. 王小明\n2. 王小红", "请哪天的假？\n1. 今天\n2. 明天\n3. 这周"], host.SmsTo(PhoneHost.GrandpaPhone));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task An_emergency_reaches_the_feature_phone_guardian_by_sms_then_by_a_call_and_stops_when_he_replies_收到(string storage)
    {
        using var host = await PhoneHost.StartAsync("Tencent", storage: storage);
        var raisedAt = host.Time.GetUtcNow();
        await host.ReplyAsync(PhoneHost.DadPhone, "小明在河边玩水一直没回来");
        if (host.SmsTo(PhoneHost.DadPhone)[^1].StartsWith("是哪个孩子", StringComparison.Ordinal)) await host.ReplyAsync(PhoneHost.DadPhone, "1");
        Assert.StartsWith("已经通知：", host.SmsTo(PhoneHost.DadPhone)[^1]);

        // At once: the alert by SMS (the emergency template), to the guardian and the mother.
        var alert = Assert.Single(host.Simulator.Sms, m => m.Phone == PhoneHost.GrandpaPhone);
        // 【】 in a variable would read as a second signature: the SMS carries （紧急）.
        Assert.StartsWith("（紧急）王小明", alert.Text);
        Assert.Equal("1002", alert.TemplateId);
        Assert.Single(host.Simulator.Sms, m => m.Phone == PhoneHost.MumPhone);
        Assert.Empty(host.Simulator.Calls);

        // Not acknowledged after Emergency:VoiceAfterMinutes: a call, the text played twice.
        host.Time.Advance(TimeSpan.FromMinutes(10));
        await host.Get<EmergencyEscalator>().RunOnceAsync(host.Time.GetUtcNow());
        await host.Get<EmergencyVoiceCaller>().RunOnceAsync(host.Time.GetUtcNow());
        await host.DrainAsync();
        var call = Assert.Single(host.Simulator.Calls, c => c.Phone == PhoneHost.GrandpaPhone);
        Assert.Equal(2, call.PlayTimes);
        Assert.Contains("王小明", call.Text);
        (await host.PostAsync("/api/voice/status/tencent", ProviderSimulator.TencentCallResult(call, "1"))).EnsureSuccessStatusCode();
        Assert.Equal(ChannelSendStatus.NotAnswered, (await host.SendsAsync(PhoneHost.GrandpaPhone)).Single(s => s.Channel == "voice").Status);

        await host.ReplyAsync(PhoneHost.GrandpaPhone, "收到");
        Assert.StartsWith("已确认收到", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        var alertsBefore = host.SmsTo(PhoneHost.GrandpaPhone).Count(t => t.StartsWith("（紧急", StringComparison.Ordinal));

        // Later rounds: no more alerts or calls for him (he may be told who is still silent, so he can phone them);
        // the mother, still silent, keeps getting alerts.
        for (var i = 0; i < 4; i++)
        {
            host.Time.Advance(TimeSpan.FromMinutes(5));
            await host.Get<EmergencyEscalator>().RunOnceAsync(host.Time.GetUtcNow());
            await host.Get<EmergencyVoiceCaller>().RunOnceAsync(host.Time.GetUtcNow());
            await host.DrainAsync();
        }
        Assert.Equal(alertsBefore, host.SmsTo(PhoneHost.GrandpaPhone).Count(t => t.StartsWith("（紧急", StringComparison.Ordinal)));
        Assert.Single(host.Simulator.Calls, c => c.Phone == PhoneHost.GrandpaPhone);
        Assert.Single(host.Simulator.Calls, c => c.Phone == PhoneHost.MumPhone);
        Assert.True(host.SmsTo(PhoneHost.MumPhone).Count(t => t.StartsWith("（紧急", StringComparison.Ordinal)) > 1);
        Assert.True(raisedAt < host.Time.GetUtcNow());
    }

    [Fact]
    public async Task A_send_whose_answer_was_lost_is_not_sent_again_and_the_receipt_settles_it()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        var grandpa = await host.PersonAsync("王德福");
        host.Simulator.DropNextAnswer();
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("明天上午学校开家长会。"), "notice:meeting-1");
        await host.DrainAsync();
        Assert.Single(host.Simulator.Sms);
        Assert.Equal(ChannelSendStatus.Unknown, Assert.Single(await host.SendsAsync()).Status);

        // The outbox tries again later: the ledger holds it back while the receipt may still come.
        for (var i = 0; i < 3; i++)
        {
            host.Time.Advance(TimeSpan.FromMinutes(2));
            await host.DrainAsync();
        }
        Assert.Single(host.Simulator.Sms);
        var page = await host.Get<IOutbox>().ListAsync(null, 1, 10);
        Assert.Equal(OutboxStatus.Failed, Assert.Single(page.Items).Status);

        // The provider's receipt (Tencent's carries only its own id and the number) says it arrived.
        (await host.PostAsync("/api/sms/status/tencent", ProviderSimulator.TencentSmsReceiptByNumber(PhoneHost.GrandpaPhone, host.Simulator.Sms[0].ProviderId))).EnsureSuccessStatusCode();
        Assert.Equal(ChannelSendStatus.Delivered, Assert.Single(await host.SendsAsync()).Status);
        host.Time.Advance(TimeSpan.FromMinutes(30));
        await host.DrainAsync();
        Assert.Single(host.Simulator.Sms);
        page = await host.Get<IOutbox>().ListAsync(null, 1, 10);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(page.Items).Status);
    }
}
