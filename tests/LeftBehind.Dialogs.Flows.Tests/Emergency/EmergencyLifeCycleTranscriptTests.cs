using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// Issue 12 item 2, an emergency's life behind the real router, analyzer and dialogs: raised with its details and the
/// school's number, acknowledged by words (never a bare digit), replies reaching everyone on it, resolved by the
/// raiser, a teacher or the guardian, and its timeline kept.
/// </summary>
public sealed class EmergencyLifeCycleTranscriptTests
{
    private const string SchoolPhone = "0851-8888 1234";

    private static Task<ConversationHarness> CreateAsync() =>
        ConversationHarness.CreateAsync(s => s.Configure<EmergencyContactOptions>(o => o.SchoolPhone = SchoolPhone));

    /// <summary>Grandpa raises "小明 missing" for 王小明; father and head teacher have chats, mother and mentor not yet.</summary>
    private static async Task<(Phone Grandpa, Phone Dad, Phone Teacher, EmergencyInfo Emergency)> RaisedAsync(ConversationHarness h)
    {
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        var teacher = await h.BoundPhoneAsync("li", "BZR789");
        // The message names the child, so nothing is asked before the alert goes out.
        await grandpa.SendAsync("小明放学一直没回家，到处找不到");
        Assert.StartsWith("已经通知：王建军（爸爸）、李红梅（班主任）", grandpa.Reply());
        var emergency = Assert.Single(await h.Get<IEmergencyService>().UnacknowledgedAsync());
        return (grandpa, dad, teacher, emergency);
    }

    /// <summary>Every reply so far read: what the next message brings is all that waits on these phones.</summary>
    private static void ReadAll(params Phone[] phones)
    {
        foreach (var phone in phones) phone.AllReplies();
    }

    [Fact]
    public async Task The_alert_says_what_happened_to_which_child_who_raised_it_when_and_how_to_reach_the_school()
    {
        await using var h = await CreateAsync();
        var (_, dad, teacher, _) = await RaisedAsync(h);

        const string alert = "【紧急】王小明：小明放学一直没回家，到处找不到\n王德福（监护人）12:00报告。学校电话 0851-8888 1234。请回复「收到」确认，您回复的话会转给大家。";
        Assert.Equal(alert, dad.Reply());
        Assert.Equal("收到", Assert.Single(dad.LastActivity!.SuggestedActions!.Actions!).Title);
        Assert.Equal(alert, teacher.Reply());
    }

    [Fact]
    public async Task A_bare_1_from_the_father_opens_his_menu_item_and_does_not_acknowledge_the_alert()
    {
        await using var h = await CreateAsync();
        var (grandpa, dad, _, e) = await RaisedAsync(h);
        dad.AllReplies();

        await dad.SendAsync("1");
        Assert.DoesNotContain("已确认收到", dad.AllReplies());
        Assert.DoesNotContain("已确认收到", grandpa.AllReplies());
        var open = Assert.Single(await h.Get<IEmergencyService>().UnacknowledgedAsync());
        Assert.Null(open.Recipients.Single(r => r.Role == "father").AcknowledgedAt);
    }

    [Fact]
    public async Task A_teacher_typing_1_for_her_questions_acknowledges_nothing_and_know_acknowledges()
    {
        await using var h = await CreateAsync();
        var (grandpa, _, teacher, _) = await RaisedAsync(h);
        teacher.AllReplies();

        await teacher.SendAsync("1");
        Assert.DoesNotContain("已确认收到", teacher.AllReplies());
        Assert.Null((await h.Get<IEmergencyService>().UnacknowledgedAsync()).Single().Recipients.Single(r => r.Role == "head_teacher").AcknowledgedAt);

        await teacher.SendAsync("0");
        teacher.AllReplies();
        await teacher.SendAsync("知道了");
        Assert.Equal("已确认收到（王小明）。谢谢！", teacher.Reply());
        Assert.Contains("李红梅（班主任）已确认收到王小明的紧急情况。", grandpa.AllReplies());
    }

    [Fact]
    public async Task The_fathers_worried_question_reaches_everyone_on_the_emergency_instead_of_the_help_text()
    {
        await using var h = await CreateAsync();
        var (grandpa, dad, teacher, _) = await RaisedAsync(h);
        ReadAll(dad, teacher, grandpa);

        await dad.SendAsync("怎么了？？严重吗 在哪个医院");
        Assert.Equal("已转给：王德福（监护人）、李红梅（班主任）。刘丽（妈妈）、王芳（帮扶老师）还没开通，开通后会收到。", dad.Reply());
        dad.NoMoreReplies();
        Assert.Equal("【紧急·王小明】王建军（爸爸）：怎么了？？严重吗 在哪个医院", grandpa.Reply());
        Assert.Equal("【紧急·王小明】王建军（爸爸）：怎么了？？严重吗 在哪个医院", teacher.Reply());
        // Answering the alert shows it was seen: no repeats to him.
        Assert.NotNull((await h.Get<IEmergencyService>().UnacknowledgedAsync()).Single().Recipients.Single(r => r.Role == "father").AcknowledgedAt);
        Assert.Single(await h.Get<IEmergencyService>().UnacknowledgedAsync());
    }

    [Fact]
    public async Task The_teachers_news_after_she_acknowledged_reaches_everyone_instead_of_opening_a_note()
    {
        // Found playing: 王芳 answered 收到, then "我马上去他同学家看看" opened 写哪个学生的记录？ and nobody heard it.
        await using var h = await CreateAsync();
        var (grandpa, dad, teacher, _) = await RaisedAsync(h);
        teacher.AllReplies();
        await teacher.SendAsync("收到");
        Assert.StartsWith("已确认收到", teacher.Reply());
        grandpa.AllReplies();
        dad.AllReplies();

        await teacher.SendAsync("我马上去他同学家看看");
        Assert.StartsWith("已转给：王德福（监护人）、王建军（爸爸）。", teacher.Reply());
        teacher.NoMoreReplies();
        Assert.Equal("【紧急·王小明】李红梅（班主任）：我马上去他同学家看看", grandpa.Reply());
        Assert.Equal("【紧急·王小明】李红梅（班主任）：我马上去他同学家看看", dad.Reply());
    }

    [Fact]
    public async Task A_menu_word_during_an_emergency_still_opens_its_flow()
    {
        await using var h = await CreateAsync();
        var (grandpa, _, teacher, _) = await RaisedAsync(h);
        teacher.AllReplies();
        await teacher.SendAsync("收到");
        teacher.AllReplies();
        grandpa.AllReplies();

        await teacher.SendAsync("记考勤");
        Assert.DoesNotContain("已转给", teacher.AllReplies());
        Assert.DoesNotContain("记考勤", grandpa.AllReplies());
    }

    [Theory]
    [InlineData("缺：王小明 刘阳")]
    [InlineData("考勤 缺：王小明（病假） 刘阳")]
    [InlineData("今天考勤：缺 王小明、刘阳")]
    public async Task The_head_teachers_attendance_list_during_an_emergency_is_recorded_and_never_forwarded_to_the_family(string list)
    {
        // Played as 李红梅 at 390×844: with 刘阳's emergency open, "考勤 缺：王小明（病假） 刘阳" at her menu went to
        // everyone on it as "【紧急·刘阳】李红梅（班主任）：考勤 缺：…" and no attendance was taken.
        await using var h = await CreateAsync();
        var (grandpa, dad, teacher, _) = await RaisedAsync(h);
        ReadAll(grandpa, dad, teacher);
        await teacher.SendAsync("收到");
        ReadAll(grandpa, dad, teacher);

        await teacher.SendAsync(list);

        var replies = teacher.AllReplies();
        Assert.DoesNotContain("已转给", replies);
        Assert.Contains("缺勤2人", replies);
        Assert.DoesNotContain("缺", grandpa.AllReplies());
        Assert.DoesNotContain("缺", dad.AllReplies());
    }

    [Fact]
    public async Task A_teachers_message_about_another_child_during_an_emergency_is_not_passed_on_to_this_childs_family()
    {
        // Played as 李红梅 at 390×844: with one child's emergency open, a message at her menu about another child of her
        // class is not news for that family: it must not reach them.
        await using var h = await CreateAsync();
        var (grandpa, dad, teacher, _) = await RaisedAsync(h);
        ReadAll(grandpa, dad, teacher);
        await teacher.SendAsync("收到");
        ReadAll(grandpa, dad, teacher);

        await teacher.SendAsync("李思雨今天有点发烧了，不急，外婆已经接回家");

        Assert.DoesNotContain("已转给", teacher.AllReplies());
        Assert.DoesNotContain("李思雨", grandpa.AllReplies());
        Assert.DoesNotContain("李思雨", dad.AllReplies());
    }

    [Fact]
    public async Task A_whole_sentence_read_plainly_as_a_request_during_an_emergency_opens_its_flow_and_is_not_forwarded()
    {
        // The other half of the rule: longer than a menu word, but read as a request at 0.88 (ClearNewRequest's 0.8).
        await using var h = await CreateAsync();
        var (grandpa, dad, teacher, _) = await RaisedAsync(h);
        ReadAll(grandpa, dad, teacher);

        await grandpa.SendAsync("给孩子爸爸打个电话");
        Assert.DoesNotContain("已转给", grandpa.AllReplies());
        Assert.DoesNotContain("给孩子爸爸打个电话", dad.AllReplies());
        Assert.DoesNotContain("给孩子爸爸打个电话", teacher.AllReplies());
    }

    [Fact]
    public async Task Grandpa_says_found_and_everyone_is_told_repeats_stop_and_the_timeline_is_kept()
    {
        await using var h = await CreateAsync();
        var (grandpa, dad, teacher, e) = await RaisedAsync(h);
        dad.AllReplies();
        teacher.AllReplies();

        await teacher.SendAsync("收到，我在学校附近找");
        Assert.StartsWith("已转给：王德福（监护人）、王建军（爸爸）。", teacher.Reply());
        grandpa.AllReplies();
        await grandpa.SendAsync("还没找到");
        Assert.StartsWith("已转给：", grandpa.Reply());
        Assert.Contains("王德福（监护人）：还没找到", dad.AllReplies());

        await grandpa.SendAsync("找到了 在同学家睡的 没事");
        Assert.Equal("好的，王小明的紧急情况已结束，提醒已停止。已告诉：王建军（爸爸）、李红梅（班主任）。刘丽（妈妈）、王芳（帮扶老师）还没开通，开通后会收到。", grandpa.Reply());
        Assert.Equal("【已解决】王小明的紧急情况已由王德福（监护人）结束：找到了 在同学家睡的 没事", dad.Reply());
        Assert.EndsWith("【已解决】王小明的紧急情况已由王德福（监护人）结束：找到了 在同学家睡的 没事", teacher.AllReplies());

        Assert.Empty(await h.Get<IEmergencyService>().UnacknowledgedAsync());
        h.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(new EscalationRun(0, 0, 0), await h.Get<EmergencyEscalator>().RunOnceAsync(h.Time.GetUtcNow()));
        Assert.Empty(dad.AllReplies());

        var report = Assert.Single(await h.Get<IEmergencyService>().ListAsync(open: false, 10));
        Assert.Equal(e.Id, report.Id);
        Assert.Equal(EmergencyReport.Resolved, report.Status);
        Assert.Equal("王德福", report.ResolvedBy);
        Assert.Equal("找到了 在同学家睡的 没事", report.ResolutionNote);
        Assert.Equal(["raised", "alerted", "alerted", "alerted", "alerted", "reply", "acknowledged", "reply", "resolved"], report.Timeline.Select(t => t.Kind));
        Assert.Empty(await h.Get<IEmergencyService>().ListAsync(open: true, 10));
    }

    [Fact]
    public async Task A_father_far_away_saying_found_passes_it_on_but_cannot_close_the_emergency()
    {
        await using var h = await CreateAsync();
        var (grandpa, dad, _, _) = await RaisedAsync(h);
        dad.AllReplies();

        await dad.SendAsync("找到了吗");
        Assert.StartsWith("已转给：", dad.Reply());
        await dad.SendAsync("爷爷说找到了");
        Assert.EndsWith("要结束提醒，请老师或监护人回复「已找到」或「已处理」。", dad.Reply());
        Assert.Single(await h.Get<IEmergencyService>().ListAsync(open: true, 10));
        Assert.Contains("王建军（爸爸）：爷爷说找到了", grandpa.AllReplies());
    }

    [Theory]
    [InlineData("找到了", true)]
    [InlineData("已经找到了，在网吧", true)]
    [InlineData("娃回来了 没事了", true)]
    [InlineData("已处理", true)]
    [InlineData("找到了，但是腿摔断了", false)]
    [InlineData("还没找到", false)]
    [InlineData("没回来", false)]
    [InlineData("沒事了，回家了", true)]
    [InlineData("We found him, he is safe", true)]
    [InlineData("not found yet", false)]
    [InlineData("found him but he is hurt", false)]
    [InlineData("怎么了？？严重吗 在哪个医院", false)]
    public void Resolution_words_close_only_when_not_negated_or_contrasted(string text, bool resolves) =>
        Assert.Equal(resolves, EmergencyConversation.IsResolution(text));
}
