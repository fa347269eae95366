using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// The guardian, teacher and emergency flows behind the real router (MainDialog, analyzer, binding) and the direct
/// proactive messenger: each person on their own phone, proactive messages arriving in their own conversation.
/// </summary>
public sealed class FamilyEndToEndTests
{
    private static async Task<Phone> BoundPhoneAsync(ConversationHarness h, string userId, string code)
    {
        var phone = h.NewPhone(userId);
        await phone.SendAsync(code);
        Assert.StartsWith("绑定成功", phone.Reply());
        phone.AllReplies();
        return phone;
    }

    [Fact]
    public async Task Teacher_answers_in_her_conversation_and_the_parent_receives_it_in_his()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundPhoneAsync(h, "dad", "BABA23");
        var teacher = await BoundPhoneAsync(h, "wang", "BFJS56");

        await teacher.SendAsync("家长的问题");
        Assert.Contains("有1个问题等您回答", teacher.AllReplies());
        await teacher.SendAsync("1");
        Assert.Contains("小明最近晚上作业要写到几点", teacher.AllReplies());
        await teacher.SendAsync("1");
        Assert.Equal("请写下您的回答，家长会直接收到。", teacher.Reply());
        await teacher.SendAsync("一般九点前能写完，我会提醒他早点睡。");
        Assert.Equal("已回答，家长会收到。", teacher.Reply());

        Assert.Contains("答：一般九点前能写完，我会提醒他早点睡。", dad.AllReplies());
    }

    [Fact]
    public async Task Grandfathers_urgent_message_alerts_the_mother_who_acknowledges_with_the_button()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await BoundPhoneAsync(h, "yeye", "YEYE67");
        var mum = await BoundPhoneAsync(h, "mum", "MAMA45");

        await grandpa.SendAsync("孙子在河边玩水一直没回来");
        Assert.Equal("是哪个孩子？\n1. 王小明\n2. 王小红", grandpa.Reply());
        await grandpa.SendAsync("1");
        Assert.Equal("已经通知：刘丽（妈妈）。他们回复「收到」后我会告诉您。有生命危险请马上打 110 或 120。王建军（爸爸）、李红梅（班主任）、王芳（帮扶老师）还没开通，开通后才会收到，请另外打电话告诉他们。", grandpa.Reply());

        // The demo school's (fictional) duty number is in the alert: the harness runs on the demo data.
        Assert.Equal("【紧急】王小明：孙子在河边玩水一直没回来\n王德福（监护人）12:00报告。学校电话 0000-8888 1234。请回复「收到」确认，您回复的话会转给大家。", mum.Reply());
        await mum.SendAsync(mum.LastActivity!.SuggestedActions!.Actions![0].Title);
        Assert.Equal("已确认收到（王小明）。谢谢！", mum.Reply());
        Assert.Equal("刘丽（妈妈）已确认收到王小明的紧急情况。", grandpa.Reply());
    }
}
