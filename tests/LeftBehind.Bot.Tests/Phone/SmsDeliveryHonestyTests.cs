using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// Nobody is left believing that something reached someone when it did not: the grandfather whose answer the SMS
/// provider refused, and whoever wrote a message the outbox gave up on. Through the real path: his texts by the
/// provider's callback, the real turn, the real outbox and dispatcher, the provider simulator, the ledger (SQLite).
/// </summary>
public sealed class SmsDeliveryHonestyTests
{
    private const string TeacherPhone = "+8613900000099";

    [Fact]
    public async Task The_grandfathers_answer_refused_by_the_sms_daily_limit_reaches_him_next_morning_saying_his_text_was_received_and_his_head_teacher_is_told_to_phone_him()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        await host.SetPhoneAsync("李红梅", "13900000099");
        host.Simulator.DailySmsLimitPerNumber = 2;

        // 12:00 请假, 12:01 1 (王小明): the two answers are his number's share for the provider's day.
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "请假");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");
        Assert.Equal("请哪天的假？\n1. 今天\n2. 明天\n3. 这周", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);

        // 12:02 1 (今天): the answer, 为什么请假？, is refused by the provider.
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");
        Assert.Equal(2, host.SmsTo(PhoneHost.GrandpaPhone).Count);
        Assert.Contains("LimitExceeded.PhoneNumberDailyLimit", host.Simulator.Refusals);

        // The school hears it today, by the head teacher's own channel, so she can phone him.
        var notice = Assert.Single(host.SmsTo(TeacherPhone), t => t.Contains("王德福", StringComparison.Ordinal) && t.Contains("上限", StringComparison.Ordinal));
        Assert.Contains("打电话", notice);

        // The provider's next day, 08:02: he learns that his text came and what the answer was.
        host.Time.Advance(TimeSpan.FromHours(20));
        await host.DrainAsync();
        var late = Assert.Single(host.SmsTo(PhoneHost.GrandpaPhone).Skip(2));
        Assert.StartsWith("您11月19日 12:02发来的短信我们收到了，但回复没能发出", late);
        Assert.EndsWith("为什么请假？\n1. 生病\n2. 有事", late);
    }

    [Fact]
    public async Task A_leave_the_outbox_gave_up_on_is_told_to_the_grandfather_who_reported_it_so_he_phones_the_teacher()
    {
        using var host = await PhoneHost.StartAsync("Tencent", s => s["Scheduler:Outbox:MaxAttempts"] = "3");
        // The head teacher's number is in the carrier's do-not-disturb list: every SMS to her is refused.
        await host.SetPhoneAsync("李红梅", "13900000099");
        host.Simulator.Blacklisted[TeacherPhone] = true;

        foreach (var text in new[] { "请假", "1", "1", "1" })
        {
            await host.ReplyAsync(PhoneHost.GrandpaPhone, text);
            host.Time.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.StartsWith("好了，王小明", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);

        // The dispatcher's retries through the afternoon; every one is refused.
        for (var i = 0; i < 6; i++)
        {
            host.Time.Advance(TimeSpan.FromMinutes(35));
            await host.DrainAsync();
        }
        var teacher = await host.PersonAsync("李红梅");
        var leave = (await host.Get<IOutbox>().ListAsync(null, 1, 200)).Items.Single(r => r.RecipientId == teacher && r.Key.Contains("leave", StringComparison.Ordinal));
        Assert.Equal(OutboxStatus.Dead, leave.Status);
        Assert.DoesNotContain(host.SmsTo(TeacherPhone), t => t.Contains("王小明", StringComparison.Ordinal));

        // He is told, in one message by his own channel, that it did not reach her and to phone her.
        var told = Assert.Single(host.SmsTo(PhoneHost.GrandpaPhone), t => t.Contains("没能送到", StringComparison.Ordinal));
        Assert.StartsWith("您发给李红梅的消息没能送到", told);
        Assert.Contains("王小明", told);
        Assert.Contains("打电话", told);
    }

    [Fact]
    public async Task The_grandfathers_1_then_1_a_minute_later_to_the_next_question_is_answered_not_dropped_as_a_repeat()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "请假");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");
        Assert.Equal("请哪天的假？\n1. 今天\n2. 明天\n3. 这周", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);

        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");
        Assert.Equal("为什么请假？\n1. 生病\n2. 有事", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        Assert.Equal(3, host.SmsTo(PhoneHost.GrandpaPhone).Count);
    }

    [Fact]
    public async Task The_providers_retried_callback_of_one_text_runs_his_turn_once_and_sends_him_no_second_paid_answer()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "请假");
        // Tencent posts the same reply again (our answer to its callback was slow): same number, text and time.
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "请假");

        Assert.Equal(["哪个孩子请假？\n1. 王小明\n2. 王小红"], host.SmsTo(PhoneHost.GrandpaPhone));
    }
}
