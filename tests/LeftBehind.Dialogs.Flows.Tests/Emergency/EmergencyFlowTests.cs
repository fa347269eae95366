using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Emergency;

public sealed class EmergencyFlowTests : IAsyncLifetime
{
    private ConversationHarness _h = null!;

    public async Task InitializeAsync() => _h = await ConversationHarness.CreateFamilyAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Teacher_raises_an_emergency_and_parents_guardian_and_mentor_are_alerted_at_once_ignoring_quiet_hours()
    {
        var teacher = await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        var family = await _h.FamilyAsync("王小明");
        await _h.Teacher("li").Flow()
            .Send("紧急情况").AssertReplyContains("是哪个孩子？\n1. 王小明")
            .Send("王小明").AssertReply("出了什么事？\n1. 孩子找不到了\n2. 孩子受伤或生病\n3. 孩子有危险\n4. 别的事，我来说")
            .Send("1").AssertReply("王建军（爸爸）、刘丽（妈妈）、王德福（监护人）、王芳（帮扶老师）还没开通，开通后才会收到，请马上打电话告诉他们。有生命危险请马上打 110 或 120。")
            .StartTestAsync();
        int[] expected = [family.Father!.Id, family.Mother!.Id, family.Guardian!.Id, family.PairedTeacher!.Id];
        Assert.Equal(expected.Order(), _h.Messenger.Sent.Select(m => m.PersonId).Order());
        Assert.All(_h.Messenger.Sent, m =>
        {
            Assert.True(m.Urgent);
            Assert.Equal("【紧急】王小明：孩子找不到了\n李红梅（班主任）09:00报告。请回复「收到」确认，您回复的话会转给大家。", m.Text);
            Assert.Equal("收到", Assert.Single(m.Activity.SuggestedActions!.Actions!).Title);
        });
        Assert.DoesNotContain(_h.Messenger.Sent, m => m.PersonId == teacher.PersonId);
        var open = Assert.Single(await _h.Get<IEmergencyService>().UnacknowledgedAsync());
        Assert.All(open.Recipients, r => Assert.Equal(1, r.AlertCount));
    }

    [Theory]
    [InlineData("应急")]
    [InlineData("我要应急")]
    [InlineData("發起應急")]
    public async Task A_teacher_who_types_应急_at_the_menu_is_in_the_emergency_flow_not_told_there_is_no_such_option(string text)
    {
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        await _h.Teacher("li").Flow()
            .Send(text).AssertReplyContains("是哪个孩子？\n1. 王小明")
            .StartTestAsync();
    }

    [Fact]
    public async Task Urgent_message_routed_by_the_bot_raises_at_once_after_asking_only_which_child()
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var family = await _h.FamilyAsync("王小红");
        await _h.Client(_h.Get<RaiseEmergencyDialog>(), "yeye", options: new RaiseEmergencyOptions("孙女在河边玩水一直没回来", null)).Flow()
            .Send("孙女在河边玩水一直没回来").AssertReply("是哪个孩子？\n1. 王小明\n2. 王小红")
            .Send("2").AssertReply("王建军（爸爸）、刘丽（妈妈）、李红梅（班主任）、王芳（帮扶老师）还没开通，开通后才会收到，请马上打电话告诉他们。有生命危险请马上打 110 或 120。")
            .StartTestAsync();
        Assert.Equal("【紧急】王小红：孙女在河边玩水一直没回来\n王德福（监护人）09:00报告。请回复「收到」确认，您回复的话会转给大家。", Assert.Single(_h.Messenger.To(family.HeadTeacher!.Id)).Text);
    }

    [Fact]
    public async Task Guardian_of_one_child_raises_from_the_menu_without_choosing_a_child()
    {
        await _h.BindAsync(ConversationHarness.Aunt, "gugu");
        await _h.Guardian("gugu").Flow()
            .Send("6").AssertReplyContains("出了什么事？")
            .Send("4").AssertReply("请简单说说发生了什么。")
            .Send("浩然发高烧说胡话").AssertReplyContains("张勇（爸爸）、陈梅（妈妈）、李红梅（班主任）还没开通，开通后才会收到")
            .StartTestAsync();
        Assert.Equal("浩然发高烧说胡话", Assert.Single(await _h.Get<IEmergencyService>().UnacknowledgedAsync()).Text);
    }

    [Fact]
    public async Task A_bare_1_is_the_menu_item_and_only_words_acknowledge_then_the_raiser_is_told()
    {
        var teacher = await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        var grandpa = await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var ming = await _h.ChildAsync("王小明");
        await _h.Client(_h.Get<RaiseEmergencyDialog>(), "li", options: new RaiseEmergencyOptions("王小明在学校摔伤了，已送镇医院", ming.Id)).Flow()
            .Send("应急").AssertReplyContains("已经通知")
            .StartTestAsync();
        await _h.Guardian("yeye").Flow()
            .Send("1").AssertReplyContains("哪个孩子请假？")
            .StartTestAsync();
        Assert.Null((await _h.Get<IEmergencyService>().UnacknowledgedAsync()).Single().Recipients.Single(r => r.PersonId == grandpa.PersonId).AcknowledgedAt);
        Assert.Empty(_h.Messenger.To(teacher.PersonId));
        await _h.Guardian("yeye").Flow()
            .Send("知道了").AssertReply("已确认收到（王小明）。谢谢！")
            .StartTestAsync();
        Assert.Equal("王德福（监护人）已确认收到王小明的紧急情况。", Assert.Single(_h.Messenger.To(teacher.PersonId)).Text);
        var open = Assert.Single(await _h.Get<IEmergencyService>().UnacknowledgedAsync());
        Assert.NotNull(open.Recipients.Single(r => r.PersonId == grandpa.PersonId).AcknowledgedAt);
    }

    [Fact]
    public async Task Parent_acknowledges_with_the_button_before_any_role_dialog_runs()
    {
        var teacher = await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        var mother = await _h.BindAsync(ConversationHarness.Mother, "mama");
        var hong = await _h.ChildAsync("王小红");
        await _h.Client(_h.Get<RaiseEmergencyDialog>(), "li", options: new RaiseEmergencyOptions("王小红发烧 39 度，已送卫生院", hong.Id)).Flow()
            .Send("应急").AssertReplyContains("刘丽（妈妈）")
            .StartTestAsync();
        // No router here: the middleware finds the parent itself, and the (teacher) menu behind it never runs.
        var parent = new Dialogs.Testing.DialogTestClient(Dialogs.Schema.Channels.Test, _h.Get<MessageProbeDialog>(), middlewares: [_h.Get<EmergencyAcknowledgementMiddleware>()],
            timeProvider: _h.Time, conversationId: "conv-mama", userId: "mama");
        await parent.Flow()
            .Send("收到").AssertReply("已确认收到（王小红）。谢谢！").AssertNoReply()
            .Send("收到").AssertReply(MessageProbeDialog.Reached)
            .StartTestAsync();
        Assert.Equal("刘丽（妈妈）已确认收到王小红的紧急情况。", Assert.Single(_h.Messenger.To(teacher.PersonId)).Text);
        Assert.NotNull((await _h.Get<IEmergencyService>().UnacknowledgedAsync()).Single().Recipients.Single(r => r.PersonId == mother.PersonId).AcknowledgedAt);
    }

    [Fact]
    public async Task Received_in_the_middle_of_another_flow_acknowledges_and_the_question_is_asked_again()
    {
        var mentor = await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        var ming = await _h.ChildAsync("王小明");
        var li = _h.Teacher("li");
        await li.Flow().Send("写记录").AssertReplyContains("写哪个学生的记录？").StartTestAsync();
        await _h.Client(_h.Get<RaiseEmergencyDialog>(), "wang", options: new RaiseEmergencyOptions("王小明放学没到家", ming.Id)).Flow()
            .Send("紧急").AssertReplyContains("李红梅（班主任）")
            .StartTestAsync();
        await li.Flow()
            .Send("收到").AssertReply("已确认收到（王小明）。谢谢！").AssertReplyContains("写哪个学生的记录？")
            .StartTestAsync();
        Assert.Single(_h.Messenger.To(mentor.PersonId));
    }

    [Fact]
    public async Task Emergency_is_raised_in_traditional_chinese_and_in_english()
    {
        await _h.BindAsync(ConversationHarness.Aunt, "gugu");
        await _h.Guardian("gugu", "zh-TW").Flow()
            .Send("緊急求助").AssertReply("出了什麼事？\n1. 孩子找不到了\n2. 孩子受傷或生病\n3. 孩子有危險\n4. 別的事，我來說")
            .Send("2").AssertReply("张勇（爸爸）、陈梅（媽媽）、李红梅（班導師）還沒開通，開通後才會收到，請馬上打電話告訴他們。有生命危險請馬上打 110 或 120。")
            .StartTestAsync();
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        await _h.Teacher("li", "en-US").Flow()
            .Send("Emergency").AssertReplyContains("Which child?")
            .Send("张浩然").AssertReply("What happened?\n1. The child is missing\n2. The child is hurt or ill\n3. The child is in danger\n4. Something else, I will describe it")
            .Send("3").AssertReply("Alerted: 张桂兰 (guardian). I will tell you when they reply \"received\". If a life is in danger, call 110 or 120 now. Not on the chat yet: 张勇 (father), 陈梅 (mother). They will only get it on joining, so phone them too.")
            .StartTestAsync();
    }
}
