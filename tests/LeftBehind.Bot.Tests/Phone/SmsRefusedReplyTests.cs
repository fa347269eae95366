using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// The SMS provider refuses a number that has had its day's share (Tencent <c>LimitExceeded.PhoneNumberDailyLimit</c>).
/// What was written for that person is not lost without a word: the refusal is in the ledger, the message waits for
/// the provider's next day, and whoever passes a message on is never told it reached him. Through the real path.
/// </summary>
public sealed class SmsRefusedReplyTests
{
    private const string TeacherPhone = "+8613900000099";

    private static async Task<PhoneHost> GrandpaOverTheLimitAsync(Action<Dictionary<string, string?>>? settings = null)
    {
        var host = await PhoneHost.StartAsync("Tencent", settings);
        await host.SetPhoneAsync("李红梅", "13900000099");
        host.Simulator.DailySmsLimitPerNumber = 3;
        // A busy morning by SMS: his three answers are his day's share; the fourth is refused by the provider.
        for (var i = 0; i < 4; i++)
        {
            await host.ReplyAsync(PhoneHost.GrandpaPhone, "0");
            host.Time.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.Contains("LimitExceeded.PhoneNumberDailyLimit", host.Simulator.Refusals);
        return host;
    }

    [Fact]
    public async Task A_mothers_reply_on_an_emergency_does_not_say_it_was_passed_to_the_grandfather_whose_sms_is_over_the_daily_limit_and_asks_her_to_phone_him()
    {
        using var host = await GrandpaOverTheLimitAsync();
        await host.ReplyAsync(PhoneHost.DadPhone, "小明在河边玩水一直没回来");
        if (host.SmsTo(PhoneHost.DadPhone)[^1].StartsWith("是哪个孩子", StringComparison.Ordinal)) await host.ReplyAsync(PhoneHost.DadPhone, "1");
        Assert.Contains(host.SmsTo(PhoneHost.MumPhone), t => t.StartsWith("（紧急）王小明", StringComparison.Ordinal));

        await host.ReplyAsync(PhoneHost.MumPhone, "我马上给村里王叔打电话让他去河边看看");

        var told = host.SmsTo(PhoneHost.MumPhone)[^1];
        Assert.DoesNotMatch("已转给：[^。]*王德福", told);
        Assert.DoesNotMatch("王德福[^。]*还没开通", told);
        Assert.Matches("王德福[^。]*短信今天已到上限[^。]*打电话", told);

        // The staff console's emergency page says the same of him, not that he has no usable phone.
        var teacher = new LeftBehind.Tests.StaffConsole.ConsoleBrowser(host);
        await teacher.SignInAsync("lihongmei", "Liangdishu2026");
        var page = await teacher.PageAsync("/console/emergencies");
        var row = System.Text.RegularExpressions.Regex.Match(page, "<li>王德福 <span class=\"role\">.*?</li>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains("短信今天已到上限", row);
        Assert.DoesNotContain("没有可用的电话", row);
    }

    [Fact]
    public async Task A_message_for_the_grandfather_refused_by_the_providers_daily_limit_waits_for_the_next_day_and_his_head_teacher_is_told_instead_of_it_dying_unseen()
    {
        using var host = await GrandpaOverTheLimitAsync();
        var grandpa = await host.PersonAsync("王德福");
        var messenger = host.Get<IProactiveMessenger>();
        await messenger.SendAsync(grandpa, _ => MessageFactory.Text("王建军给孩子的信：小明，爸爸过年回来。"), "letter:990:" + grandpa);

        // The dispatcher's retries through the rest of the day: none of them burns the message.
        for (var i = 0; i < 10; i++)
        {
            await host.DrainAsync();
            host.Time.Advance(TimeSpan.FromMinutes(20));
        }

        var row = (await host.Get<IOutbox>().ListAsync(null, 1, 200)).Items.Single(r => r.RecipientId == grandpa && r.Key.Contains("letter:990", StringComparison.Ordinal));
        Assert.NotEqual(OutboxStatus.Dead, row.Status);
        Assert.StartsWith("held: ", row.LastError);
        Assert.Contains(await host.SendsAsync(PhoneHost.GrandpaPhone), s => s.OutboxKey == row.Key && s.Status == ChannelSendStatus.Failed && s.Error!.StartsWith("LimitExceeded.PhoneNumberDailyLimit", StringComparison.Ordinal));
        // The school hears it once, by the head teacher's own channel, so she can phone him.
        var notice = Assert.Single(host.SmsTo(TeacherPhone), t => t.Contains("王德福", StringComparison.Ordinal) && t.Contains("上限", StringComparison.Ordinal));
        Assert.Contains("打电话", notice);

        // The provider's next day: the letter reaches him in the morning.
        host.Simulator.DailySmsLimitPerNumber = 10;
        host.Time.Advance(TimeSpan.FromHours(20));
        await host.DrainAsync();
        Assert.Contains(host.SmsTo(PhoneHost.GrandpaPhone), t => t.Contains("爸爸过年回来", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_grandfathers_own_texts_and_our_answers_to_them_do_not_use_up_our_daily_cap_on_notices_for_him()
    {
        using var host = await PhoneHost.StartAsync("Tencent", s => s["Delivery:SmsDailyCapPerNumber"] = "3");
        for (var i = 0; i < 4; i++)
        {
            await host.ReplyAsync(PhoneHost.GrandpaPhone, "0");
            host.Time.Advance(TimeSpan.FromMinutes(1));
        }
        var grandpa = await host.PersonAsync("王德福");

        await host.Get<IProactiveMessenger>().SendAsync(grandpa, _ => MessageFactory.Text("李红梅老师回复：小明作业不多。"), "answer:991:" + grandpa);
        await host.DrainAsync();

        Assert.Contains(host.SmsTo(PhoneHost.GrandpaPhone), t => t.Contains("小明作业不多", StringComparison.Ordinal));
    }
}
