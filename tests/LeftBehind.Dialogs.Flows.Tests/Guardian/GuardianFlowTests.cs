using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Guardian;
using LeftBehind.Tests.Conversations;
using LeftBehind.Tests.Emergency;

namespace LeftBehind.Tests.Guardian;

public sealed class GuardianFlowTests : IAsyncLifetime
{
    private const string Menu = "您要做什么？回复数字就行。\n1. 请假\n2. 告诉孩子爸妈\n3. 确认打电话\n4. 回复提醒\n5. 孩子回信\n6. 紧急求助\n7. 看信";
    private const string WhichChild = "哪个孩子请假？\n1. 王小明\n2. 王小红";
    private const string WhichDays = "请哪天的假？\n1. 今天\n2. 明天\n3. 这周";
    private const string Why = "为什么请假？\n1. 生病\n2. 有事";
    private ConversationHarness _h = null!;

    public async Task InitializeAsync() => _h = await ConversationHarness.CreateFamilyAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Guardian_gets_one_short_question_with_numbered_options_that_are_also_buttons()
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        await _h.Guardian("yeye").Flow()
            .Send("你好").AssertReply(Menu).AssertSuggestedActions("请假", "告诉孩子爸妈", "确认打电话", "回复提醒", "孩子回信", "紧急求助", "看信")
            .StartTestAsync();
    }

    [Fact]
    public async Task Guardian_reports_a_sick_day_with_digits_only_and_both_teachers_are_told()
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var family = await _h.FamilyAsync("王小明");
        await _h.Guardian("yeye").Flow()
            .Send("你好").AssertReply(Menu)
            .Send("回复1").AssertReply(WhichChild)
            .Send("１").AssertReply(WhichDays)
            .Send("1").AssertReply(Why)
            .Send("1").AssertReply("好了，王小明11月23日请假了，学校已经记下。")
            .AssertNoReply()
            .StartTestAsync();
        Assert.Equal(AttendanceStatus.Sick, await _h.StatusAsync("王小明", _h.Today));
        var head = Assert.Single(_h.Messenger.To(family.HeadTeacher!.Id));
        Assert.Equal("请假：王德福说王小明生病了，11月23日不能上学（1天）。", head.Text);
        Assert.False(head.Urgent);
        Assert.Single(_h.Messenger.To(family.PairedTeacher!.Id));
    }

    [Fact]
    public async Task Guardian_of_one_child_is_not_asked_which_child_and_may_type_a_date()
    {
        await _h.BindAsync(ConversationHarness.Aunt, "gugu");
        await _h.Guardian("gugu").Flow()
            .Send("我要请假").AssertReply(WhichDays)
            .Send("明天").AssertReply(Why)
            .Send("有事").AssertReply("好了，张浩然11月24日请假了，学校已经记下。")
            .StartTestAsync();
        Assert.Equal(AttendanceStatus.Leave, await _h.StatusAsync("张浩然", _h.Today.AddDays(1)));
        Assert.Null(await _h.StatusAsync("张浩然", _h.Today));
    }

    [Fact]
    public async Task Guardian_choosing_this_week_is_on_leave_for_the_remaining_school_days()
    {
        await _h.BindAsync(ConversationHarness.Aunt, "gugu");
        await _h.Guardian("gugu").Flow()
            .Send("1").AssertReply(WhichDays)
            .Send("3").AssertReply(Why)
            .Send("2").AssertReply("好了，张浩然11月23日到11月29日请假了，学校已经记下。")
            .StartTestAsync();
        var family = await _h.FamilyAsync("张浩然");
        Assert.Contains("（5天）", Assert.Single(_h.Messenger.To(family.HeadTeacher!.Id)).Text);
        Assert.Equal(AttendanceStatus.Leave, await _h.StatusAsync("张浩然", _h.Today.AddDays(4)));
    }

    [Fact]
    public async Task Guardian_replying_5_to_a_3_option_question_is_told_the_range_and_asked_again()
    {
        await _h.BindAsync(ConversationHarness.Aunt, "gugu");
        await _h.Guardian("gugu").Flow()
            .Send("请假").AssertReply(WhichDays)
            .Send("5").AssertReply("没有这个选项，请回复 1 到 3 的数字。\n" + WhichDays).AssertSuggestedActions("今天", "明天", "这周")
            .Send("2").AssertReply(Why)
            .StartTestAsync();
    }

    [Fact]
    public async Task Empty_message_image_and_5000_characters_are_not_answers_and_nothing_is_written()
    {
        await _h.BindAsync(ConversationHarness.Aunt, "gugu");
        var client = _h.Guardian("gugu");
        const string retry = "没有这个选项，请回复 1 到 3 的数字。\n" + WhichDays;
        await client.Flow()
            .Send("请假").AssertReply(WhichDays)
            .Send("").AssertReply(retry)
            .Send(ConversationHarness.Photo(client)).AssertReply(retry)
            .Send(new string('病', 5000)).AssertReply("没关系，这一步先跳过。说「菜单」可以回到主菜单。")
            .AssertNoReply()
            .StartTestAsync();
        Assert.Null(await _h.StatusAsync("张浩然", _h.Today));
        Assert.Empty(_h.Messenger.Sent);
    }

    [Fact]
    public async Task Guardian_tells_both_parents_with_a_ready_made_sentence_and_it_counts_as_contact()
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var family = await _h.FamilyAsync("王小红");
        var before = await _h.Get<ICallHomeService>().LastContactAsync(family.ChildId, family.Mother!.Id);
        await _h.Guardian("yeye").Flow()
            .Send("2").AssertReply("说哪个孩子的事？\n1. 王小明\n2. 王小红")
            .Send("2").AssertReply("想告诉孩子爸妈什么？\n1. 孩子很好，放心\n2. 孩子想你们了\n3. 请给家里打个电话\n4. 家里有事要商量\n5. 我自己说")
            // Neither parent has a chat yet: they get it when they bind, and the grandfather is not told it was delivered.
            .Send("2").AssertReply("王建军、刘丽还没开通，开通后会收到。")
            .StartTestAsync();
        Assert.Equal("王德福（王小红家）说：孩子想你们了", Assert.Single(_h.Messenger.To(family.Father!.Id)).Text);
        Assert.Single(_h.Messenger.To(family.Mother.Id));
        Assert.Null(before);
        Assert.Equal(_h.Time.GetUtcNow(), await _h.Get<ICallHomeService>().LastContactAsync(family.ChildId, family.Mother.Id));
    }

    [Fact]
    public async Task Guardian_is_told_who_got_the_message_now_and_who_gets_it_later()
    {
        // "已经告诉王建军、刘丽了" was said whoever had a chat: a delivery that lied (issue 12).
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        await _h.Guardian("yeye").Flow()
            .Send("2").AssertReplyContains("说哪个孩子的事？")
            .Send("1").AssertReplyContains("想告诉孩子爸妈什么？")
            .Send("1").AssertReply("已告诉王建军；刘丽开通后会收到。")
            .StartTestAsync();
        Assert.Single(_h.Messenger.To(father.PersonId));
    }

    [Fact]
    public async Task A_parent_who_refused_consent_counts_as_later_for_a_routine_message()
    {
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.Get<IPersonRights>().WithdrawConsentAsync(father.PersonId);
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        await _h.Guardian("yeye").Flow()
            .Send("2").AssertReplyContains("说哪个孩子的事？")
            .Send("1").AssertReplyContains("想告诉孩子爸妈什么？")
            .Send("1").AssertReply("王建军、刘丽还没开通，开通后会收到。")
            .StartTestAsync();
    }

    [Fact]
    public async Task Guardian_may_say_it_in_own_words()
    {
        await _h.BindAsync(ConversationHarness.Aunt, "gugu");
        var family = await _h.FamilyAsync("张浩然");
        await _h.Guardian("gugu").Flow()
            .Send("告诉孩子爸妈").AssertReplyContains("想告诉孩子爸妈什么？")
            .Send("5").AssertReply("请说吧，我转告孩子爸妈。")
            .Send("浩然这次考试进步了").AssertReply("张勇、陈梅还没开通，开通后会收到。")
            .StartTestAsync();
        Assert.Equal("张桂兰（张浩然家）说：浩然这次考试进步了", Assert.Single(_h.Messenger.To(family.Father!.Id)).Text);
    }

    [Fact]
    public async Task Guardian_confirms_a_proposed_call_home_with_one_digit_and_the_parent_is_told()
    {
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var ming = await _h.ChildAsync("王小明");
        var booking = await _h.Get<ICallHomeService>().BookAsync(father.Actor, ming.Id, new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        await _h.Guardian("yeye").Flow()
            .Send("3").AssertReply("王建军想在11月29日 20:00给王小明打电话。可以吗？\n1. 可以\n2. 不行")
            .Send("1").AssertReply("好，已告诉孩子爸妈。到时候让孩子等电话。")
            .StartTestAsync();
        var upcoming = await _h.Get<ICallHomeService>().UpcomingAsync(father.Actor, ming.Id);
        Assert.Equal(CallBookingStatus.Confirmed, upcoming!.Single(b => b.Id == booking.Id).Status);
        Assert.Equal("王德福确认了：11月29日 20:00让王小明等您的电话。", Assert.Single(_h.Messenger.To(father.PersonId)).Text);
    }

    [Fact]
    public async Task Guardian_with_no_proposed_call_is_told_so()
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        await _h.Guardian("yeye").Flow()
            .Send("确认打电话").AssertReply("现在没有要确认的电话。")
            .StartTestAsync();
    }

    [Fact]
    public async Task Guardian_answers_a_reminder_with_one_digit()
    {
        var grandpa = await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var sink = _h.Get<LoggingReminderReplySink>();
        sink.Remember(grandpa.PersonId, "call-home:2026-W48");
        await _h.Guardian("yeye").Flow()
            .Send("2").AssertReply("好，过一会儿再提醒您。")
            .Send("4").AssertReply("现在没有要回复的提醒。")
            .StartTestAsync();
        Assert.Equal(ReminderReply.Later, sink.ReplyTo(grandpa.PersonId, "call-home:2026-W48"));
    }

    [Fact]
    public async Task Guardian_answers_a_reminder_with_the_word_on_its_button()
    {
        // The scheduler's reminder buttons say "2 稍后"; the guardian types the word. One set of words for both (#12).
        var grandpa = await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var sink = _h.Get<LoggingReminderReplySink>();
        sink.Remember(grandpa.PersonId, "call-home:2026-W49");
        await _h.Guardian("yeye").Flow()
            .Send("稍后").AssertReply("好，过一会儿再提醒您。")
            .StartTestAsync();
        Assert.Equal(ReminderReply.Later, sink.ReplyTo(grandpa.PersonId, "call-home:2026-W49"));
    }

    [Fact]
    public async Task Guardian_can_answer_a_reminder_from_the_menu()
    {
        var grandpa = await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var sink = _h.Get<LoggingReminderReplySink>();
        sink.Remember(grandpa.PersonId, "letter:2026-11");
        await _h.Guardian("yeye").Flow()
            .Send("回复提醒").AssertReply("这个提醒，您做好了吗？\n1. 已完成\n2. 稍后\n3. 做不到")
            .Send("做不到").AssertReply("好的，记下了，会告诉老师。")
            .StartTestAsync();
        Assert.Equal(ReminderReply.CannotDo, sink.ReplyTo(grandpa.PersonId, "letter:2026-11"));
    }

    [Fact]
    public async Task Guardian_types_the_childs_reply_letter_and_the_parents_receive_it()
    {
        await _h.BindAsync(ConversationHarness.Aunt, "gugu");
        var family = await _h.FamilyAsync("张浩然");
        await _h.Guardian("gugu").Flow()
            .Send("5").AssertReply("请发孩子的回信：可以打字，也可以拍照发来。")
            .Send("爸爸妈妈，我期中考试数学考了95分。").AssertReply("回信已收好，孩子爸妈会收到。")
            .StartTestAsync();
        Assert.Equal("张浩然给您回信了：\n爸爸妈妈，我期中考试数学考了95分。", Assert.Single(_h.Messenger.To(family.Mother!.Id)).Text);
    }

    [Fact]
    public async Task Help_in_the_middle_of_a_leave_explains_and_asks_the_same_question_again()
    {
        await _h.BindAsync(ConversationHarness.Aunt, "gugu");
        await _h.Guardian("gugu").Flow()
            .Send("请假").AssertReply(WhichDays)
            .Send("帮助").AssertReply("回复数字就行。说「菜单」回到开头，说「算了」不办了。").AssertReply(WhichDays)
            .Send("算了").AssertReply("好的，已经取消了。")
            .StartTestAsync();
        Assert.Null(await _h.StatusAsync("张浩然", _h.Today));
    }

    [Fact]
    public async Task Guardian_reports_a_sick_day_in_traditional_chinese()
    {
        await _h.BindAsync(ConversationHarness.Aunt, "gugu");
        await _h.Guardian("gugu", "zh-TW").Flow()
            .Send("請假").AssertReply("請哪天的假？\n1. 今天\n2. 明天\n3. 這週")
            .Send("1").AssertReply("為什麼請假？\n1. 生病\n2. 有事")
            .Send("1").AssertReply("好了，张浩然11月23日請假了，學校已經記下。")
            .StartTestAsync();
        Assert.Equal(AttendanceStatus.Sick, await _h.StatusAsync("张浩然", _h.Today));
    }

    [Fact]
    public async Task Guardian_reports_a_sick_day_in_english()
    {
        await _h.BindAsync(ConversationHarness.Aunt, "gugu");
        await _h.Guardian("gugu", "en-US").Flow()
            .Send("hello").AssertReplyContains("1. Report a sick day or leave")
            .Send("1").AssertReply("Which days?\n1. Today\n2. Tomorrow\n3. This week")
            .Send("tomorrow").AssertReply("Why?\n1. Ill\n2. Other reason")
            .Send("1").AssertReply("Done: 张浩然 is on leave for Nov 24. The school has it on record.")
            .StartTestAsync();
        Assert.Equal(AttendanceStatus.Sick, await _h.StatusAsync("张浩然", _h.Today.AddDays(1)));
    }
}
