using LeftBehind.Dialogs.Emergency;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// A grandfather on a feature phone answers an emergency SMS the way he speaks: 晓得了 (Sichuan, Hunan, Hubei…), 要得.
/// Through the real path: the father's SMS turn raises it, the alert goes by SMS, the grandfather's reply comes back
/// through the provider's callback, the escalation and the voice caller run as their loops would.
/// </summary>
public sealed class SmsDialectAcknowledgementTests
{
    [Theory]
    [InlineData("晓得了")]
    [InlineData("要得")]
    public async Task A_grandfather_who_answers_the_alert_by_sms_in_dialect_has_acknowledged_it_the_father_is_told_and_no_call_follows(string reply)
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        await host.ReplyAsync(PhoneHost.DadPhone, "小明在河边玩水一直没回来");
        if (host.SmsTo(PhoneHost.DadPhone)[^1].StartsWith("是哪个孩子", StringComparison.Ordinal)) await host.ReplyAsync(PhoneHost.DadPhone, "1");
        Assert.Contains(host.SmsTo(PhoneHost.GrandpaPhone), t => t.StartsWith("（紧急）王小明", StringComparison.Ordinal));

        await host.ReplyAsync(PhoneHost.GrandpaPhone, reply);

        Assert.StartsWith("已确认收到", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        Assert.Contains(host.SmsTo(PhoneHost.DadPhone), t => t.Contains("王德福（监护人）已确认收到", StringComparison.Ordinal));
        host.Time.Advance(TimeSpan.FromMinutes(10));
        await host.Get<EmergencyEscalator>().RunOnceAsync(host.Time.GetUtcNow());
        await host.Get<EmergencyVoiceCaller>().RunOnceAsync(host.Time.GetUtcNow());
        await host.DrainAsync();
        Assert.DoesNotContain(host.Simulator.Calls, c => c.Phone == PhoneHost.GrandpaPhone);
        Assert.DoesNotContain(host.SmsTo(PhoneHost.GrandpaPhone), t => t.StartsWith("（紧急·第2次提醒）", StringComparison.Ordinal));
    }
}
