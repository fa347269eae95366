using LeftBehind.Archive.Data;
using LeftBehind.Archive.Data.HostTables;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Tips;
using LeftBehind.Dialogs.Guardian;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Tests.Conversations;
using LeftBehind.Tests.Guardian;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Tips;

/// <summary>
/// 家长学校 answers behind the real router: a grandfather answers a tip with one digit or one word, in Simplified or
/// Traditional, says 停 and later 开始; a reminder that came after the tip keeps its own 1/2/3; a question that was
/// waiting is asked again after 有用, and one that is older than the tip gives way to a bare digit.
/// </summary>
public sealed class TipRepliesTranscriptTests
{
    private const string Useful = "谢谢您，记下了：有用。以后多发这一类。";
    private const string NotUseful = "谢谢您，记下了：没用。以后少发这一类。";

    [Fact]
    public async Task A_grandfather_rates_tips_with_one_digit_or_one_word_stops_them_and_starts_them_again()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var (yeye, person) = await IdleGuardianAsync(h);

        var first = await DeliverTipAsync(h, person, "g-sleep-01");
        await yeye.SendAsync("1");
        Assert.Equal(Useful, yeye.Reply());
        // The tip is rated: another 1 is the menu's 请假 again, not a second rating.
        await yeye.SendAsync("1");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
        await yeye.SendAsync("算了");
        yeye.AllReplies();

        h.Time.Advance(TimeSpan.FromDays(2));
        var second = await DeliverTipAsync(h, person, "g-water-01");
        await yeye.SendAsync("没啥用");
        Assert.Equal(NotUseful, yeye.Reply());

        h.Time.Advance(TimeSpan.FromDays(2));
        await DeliverTipAsync(h, person, "g-traffic-01");
        await yeye.SendAsync("停");
        Assert.Equal("好的，不再给您发小贴士了。想再收，回“开始”。", yeye.Reply());
        await yeye.SendAsync("停！");
        Assert.Equal("小贴士已经停了。想再收，回“开始”。", yeye.Reply());
        Assert.True(await h.Get<ITipService>().IsStoppedAsync(person));
        await yeye.SendAsync("开始");
        Assert.Equal("好的，每周再给您发两三条小贴士。", yeye.Reply());
        Assert.False(await h.Get<ITipService>().IsStoppedAsync(person));
        // Tips are on: a bare 开始 is not ours any more and goes to the menu as before.
        await yeye.SendAsync("开始");
        Assert.DoesNotContain("小贴士", yeye.AllReplies());

        var sends = (await h.Get<ITipService>().GetSendsAsync([person]))[person].ToDictionary(s => s.OutboxKey);
        Assert.Equal(TipFeedback.Useful, sends[first].Feedback);
        Assert.Equal(TipFeedback.NotUseful, sends[second].Feedback);
    }

    [Fact]
    public async Task A_reminder_sent_after_the_tip_keeps_its_own_digits_and_the_tip_still_takes_a_word()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var (yeye, person) = await IdleGuardianAsync(h);
        var tip = await DeliverTipAsync(h, person, "g-food-01");
        h.Time.Advance(TimeSpan.FromMinutes(30));
        await DeliverReminderAsync(h, person, "call-home:2026-W47");

        await yeye.SendAsync("１");
        Assert.Equal("好的，记下了。谢谢！", yeye.Reply());
        Assert.Equal(ReminderReply.Done, h.Get<LoggingReminderReplySink>().ReplyTo(person, "call-home:2026-W47"));
        await yeye.SendAsync("有用");
        Assert.Equal(Useful, yeye.Reply());
        Assert.Equal(TipFeedback.Useful, (await h.Get<ITipService>().GetSendsByKeyAsync([tip]))[tip].Feedback);
    }

    [Fact]
    public async Task A_word_answer_in_the_middle_of_a_leave_is_recorded_and_the_leave_question_asked_again()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var (yeye, person) = await IdleGuardianAsync(h);
        await yeye.SendAsync("请假");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
        await DeliverTipAsync(h, person, "g-feelings-01");

        await yeye.SendAsync("有用");
        Assert.Equal(Useful, yeye.Reply());
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
        await yeye.SendAsync("1");
        Assert.Equal("请哪天的假？", yeye.Reply().Split('\n')[0]);
    }

    [Fact]
    public async Task A_bare_digit_for_a_tip_newer_than_the_menu_left_open_at_binding_rates_the_tip_not_the_menu()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = h.NewPhone("yeye");
        await yeye.SendAsync("YEYE67");
        Assert.StartsWith("绑定成功", yeye.Reply());
        yeye.AllReplies();
        var person = await PersonAsync(h, "yeye");
        h.Time.Advance(TimeSpan.FromDays(1));
        var tip = await DeliverTipAsync(h, person, "g-stranger-01");

        await yeye.SendAsync("2");
        Assert.Equal(NotUseful, yeye.Reply());
        yeye.NoMoreReplies();
        Assert.Equal(TipFeedback.NotUseful, (await h.Get<ITipService>().GetSendsByKeyAsync([tip]))[tip].Feedback);
        // The old menu is gone: the next 1 starts a leave from the top.
        await yeye.SendAsync("1");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
    }

    [Fact]
    public async Task Without_a_recent_tip_digits_and_stop_words_mean_what_they_meant_before()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var (yeye, person) = await IdleGuardianAsync(h);
        await DeliverTipAsync(h, person, "g-sleep-02");
        h.Time.Advance(TimeSpan.FromDays(8));

        await yeye.SendAsync("1");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
        await yeye.SendAsync("算了");
        yeye.AllReplies();
        await yeye.SendAsync("停");
        Assert.DoesNotContain("小贴士", yeye.AllReplies());
        Assert.False(await h.Get<ITipService>().IsStoppedAsync(person));
        // Naming the tips works anytime; written in Traditional, answered in Traditional.
        await yeye.SendAsync("不要小貼士了");
        Assert.Equal("好的，不再給您發小貼士了。想再收，回「開始」。", yeye.Reply());
        await yeye.SendAsync("開始");
        Assert.Equal("好的，每週再給您發兩三條小貼士。", yeye.Reply());
    }

    private static async Task<(Phone Phone, int PersonId)> IdleGuardianAsync(ConversationHarness h)
    {
        var phone = h.NewPhone("yeye");
        await phone.SendAsync("YEYE67");
        Assert.StartsWith("绑定成功", phone.Reply());
        phone.AllReplies();
        await phone.SendAsync("算了");
        phone.AllReplies();
        h.Time.Advance(TimeSpan.FromMinutes(5));
        return (phone, await PersonAsync(h, "yeye"));
    }

    private static async Task<int> PersonAsync(ConversationHarness h, string userId) =>
        (await h.Get<IBindingService>().FindAsync(Channels.Test, userId))!.PersonId;

    /// <summary>What the tips job and the outbox leave behind once a tip reached the person: the choice and the sent row.</summary>
    private static async Task<string> DeliverTipAsync(ConversationHarness h, int person, string code)
    {
        var tips = h.Get<ITipService>();
        await tips.SeedAsync(TipLibraryFile.Load());
        var tip = (await tips.ListAsync()).Single(t => t.Code == code);
        var now = h.Time.GetUtcNow();
        var key = $"tips|{person}|{now.ToUnixTimeMilliseconds()}";
        await tips.RecordSendsAsync([new TipSendInfo(person, tip.Id, key, now, null)]);
        await SentRowAsync(h, person, key, "tips", expectsReply: false);
        return key;
    }

    private static async Task DeliverReminderAsync(ConversationHarness h, int person, string key)
    {
        await SentRowAsync(h, person, key, "call-home", expectsReply: true);
        h.Get<LoggingReminderReplySink>().Remember(person, key);
    }

    private static async Task SentRowAsync(ConversationHarness h, int person, string key, string job, bool expectsReply)
    {
        await using var db = await h.Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        var now = h.Time.GetUtcNow().ToUnixTimeMilliseconds();
        db.Set<OutboxRow>().Add(new OutboxRow
        {
            DedupKey = key, RecipientId = person, Job = job, Period = key, Payload = "{}", ExpectsReply = expectsReply ? 1 : 0, Status = "sent",
            NotBefore = now, CreatedAt = now, SentAt = now,
        });
        await db.SaveChangesAsync();
    }
}
