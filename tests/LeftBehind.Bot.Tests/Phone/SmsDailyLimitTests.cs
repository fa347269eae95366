using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// The SMS provider caps what one number may receive in a day (Tencent's default is 10 per number; Aliyun 天级流控).
/// A grandfather who talks to the service by SMS reaches it in one busy day. Through the real path: the teacher's SMS
/// turn, the real outbox and dispatcher, the provider simulator refusing with the documented code, the ledger.
/// </summary>
public sealed class SmsDailyLimitTests
{
    private const string TeacherPhone = "+8613900000099";

    [Fact]
    public async Task An_emergency_while_the_grandfathers_number_is_over_the_sms_daily_limit_does_not_tell_the_teacher_he_was_notified_and_asks_her_to_phone_him()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        await host.SetPhoneAsync("李红梅", "13900000099");
        host.Simulator.DailySmsLimitPerNumber = 3;

        // A busy morning by SMS: the grandfather's three answers are his day's share; the fourth is refused by the provider.
        for (var i = 0; i < 4; i++)
        {
            await host.ReplyAsync(PhoneHost.GrandpaPhone, "0");
            host.Time.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.Equal(3, host.SmsTo(PhoneHost.GrandpaPhone).Count);
        Assert.Contains("LimitExceeded.PhoneNumberDailyLimit", host.Simulator.Refusals);

        // The head teacher raises an emergency by SMS.
        await host.ReplyAsync(TeacherPhone, "王小明今天下午放学后没有回家，他爷爷也找不到，紧急");
        Assert.StartsWith("要马上通知全家和老师吗", host.SmsTo(TeacherPhone)[^1]);
        await host.ReplyAsync(TeacherPhone, "1");
        await host.DrainAsync();

        // The parents got the alert; the grandfather's was refused, so she is not told he was notified but to phone him.
        Assert.Single(host.Simulator.Sms, m => m.Phone == PhoneHost.DadPhone && m.Text.StartsWith("（紧急）王小明", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Simulator.Sms, m => m.Phone == PhoneHost.GrandpaPhone && m.Text.StartsWith("（紧急）", StringComparison.Ordinal));
        var told = host.SmsTo(TeacherPhone).Single(t => t.StartsWith("已经通知", StringComparison.Ordinal));
        Assert.Contains("王建军（爸爸）", told);
        Assert.DoesNotMatch("已经通知：[^。]*王德福", told);
        Assert.Matches("王德福[^。]*短信今天已到上限[^。]*打电话", told);
        Assert.DoesNotMatch("王德福[^。]*还没开通", told);

        // And the database agrees: his alert is not sent, and the provider's refusal is what the ledger holds.
        var grandpa = await host.PersonAsync("王德福");
        var alert = (await host.Get<IOutbox>().ListAsync(null, 1, 100)).Items.Single(r => r.RecipientId == grandpa && r.Urgent);
        Assert.NotEqual(OutboxStatus.Sent, alert.Status);
        Assert.Null(alert.SentAt);
        Assert.Contains(await host.SendsAsync(PhoneHost.GrandpaPhone), s => s.Urgent && s.Status == ChannelSendStatus.Failed && s.Error!.StartsWith("LimitExceeded.PhoneNumberDailyLimit", StringComparison.Ordinal));
    }
}
