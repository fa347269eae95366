using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found by the lead: a father who opened his chat and then unfollowed the WeChat account (his binding suspended, not
/// gone) was told apart from nobody: the teacher's weekly talk and the grandfather's message said 王建军还没开通. He is
/// named 已取消关注微信, and who never opened a chat still reads 还没开通.
/// </summary>
public sealed class UnfollowedParentTranscriptTests
{
    [Fact]
    public async Task The_weekly_talk_says_the_father_unfollowed_instead_of_not_opened()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await h.BoundPhoneAsync("mum", "MAMA45");
        Assert.NotNull(await h.Get<IBindingService>().SuspendAsync(Channels.Test, dad.UserId));

        await wang.SendAsync("记谈心");
        wang.AllReplies();
        await wang.SendAsync("1");
        wang.AllReplies();
        await wang.SendAsync("11213");
        wang.AllReplies();
        await wang.SendAsync("数学进步很大");
        wang.AllReplies();
        await wang.SendAsync("1");

        Assert.Equal("谈心已记好；王建军已取消关注微信，重新关注后会收到。", wang.Reply());
    }

    [Fact]
    public async Task The_grandfathers_message_names_the_unfollowed_father_apart_from_the_mother_who_never_opened_a_chat()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        Assert.NotNull(await h.Get<IBindingService>().SuspendAsync(Channels.Test, dad.UserId));

        await grandpa.SendAsync("告诉孩子爸妈");
        Assert.StartsWith("说哪个孩子的事？", grandpa.Reply());
        await grandpa.SendAsync("2");
        Assert.StartsWith("想告诉孩子爸妈什么？", grandpa.Reply());
        await grandpa.SendAsync("2");

        Assert.Equal("刘丽还没开通，开通后会收到。王建军已取消关注微信，重新关注后会收到。", grandpa.Reply());
    }

    [Fact]
    public async Task The_fathers_letter_and_call_booking_name_the_unfollowed_grandfather_as_such()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        Assert.NotNull(await h.Get<IBindingService>().SuspendAsync(Channels.Test, grandpa.UserId));

        await dad.SendAsync("我想给小明写封信");
        dad.AllReplies();
        await dad.SendAsync("1");
        dad.AllReplies();
        await dad.SendAsync("小明：爸爸很想你。");
        dad.AllReplies();
        await dad.SendAsync("写好了");
        dad.AllReplies();
        await dad.SendAsync("1");
        Assert.Equal("信已经寄出。王芳还没开通，开通后会收到，再读给王小明听。孩子回信后会发到这里。王德福已取消关注微信，重新关注后会收到。", dad.Reply());

        await dad.SendAsync("给家里打电话");
        dad.AllReplies();
        await dad.SendAsync("1");
        dad.AllReplies();
        await dad.SendAsync("这周日晚上8点");
        Assert.StartsWith("约好了：", dad.Reply());
        Assert.Contains("王德福已取消关注微信，重新关注后才会收到，请您打电话告诉王德福。", dad.LastActivity!.Text);
    }

    [Fact]
    public async Task A_guardian_who_cannot_care_hears_the_unfollowed_father_named_as_such_and_to_phone_him()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        await h.BoundPhoneAsync("mum", "MAMA45");
        await h.BoundPhoneAsync("li", "BZR789");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        Assert.NotNull(await h.Get<IBindingService>().SuspendAsync(Channels.Test, dad.UserId));

        await grandpa.SendAsync("奶奶昨晚突然中风，现在在县医院");

        Assert.Equal("已告诉李红梅（班主任）、刘丽（妈妈），学校会帮忙安排。王建军（爸爸）已取消关注微信，请您打电话告诉他们。", grandpa.Reply());
    }
}
