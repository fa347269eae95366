using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// Found by the lead: a mother who opened her chat and then unfollowed the WeChat account (her binding suspended, not
/// gone) was listed as 还没开通 when the grandfather raised an emergency and when replies were passed on. She is named
/// as 已取消关注微信, apart from those who never opened a chat.
/// </summary>
public sealed class UnfollowedReachTranscriptTests
{
    private static Task<ConversationHarness> CreateAsync() =>
        ConversationHarness.CreateAsync(s => s.Configure<EmergencyContactOptions>(o => o.SchoolPhone = "0851-8888 1234"));

    [Fact]
    public async Task A_mother_who_unfollowed_is_named_as_such_in_the_raisers_answer_and_in_passed_on_replies_never_as_not_opened()
    {
        await using var h = await CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        var mum = await h.BoundPhoneAsync("mum", "MAMA45");
        var teacher = await h.BoundPhoneAsync("li", "BZR789");
        // The mother unfollows the official account: the channel suspends her binding.
        Assert.NotNull(await h.Get<IBindingService>().SuspendAsync(Channels.Test, mum.UserId));

        await grandpa.SendAsync("小明放学一直没回家，到处找不到");
        var raised = grandpa.Reply();
        Assert.StartsWith("已经通知：王建军（爸爸）、李红梅（班主任）", raised);
        Assert.Contains("王芳（帮扶老师）还没开通，开通后才会收到，请另外打电话告诉他们。", raised);
        Assert.Contains("刘丽（妈妈）已取消关注微信，重新关注后才会收到，请另外打电话告诉他们。", raised);
        Assert.DoesNotContain("刘丽（妈妈）还没开通", raised);
        grandpa.AllReplies();
        dad.AllReplies();
        teacher.AllReplies();

        await dad.SendAsync("怎么了？？严重吗 在哪个医院");
        Assert.Equal("已转给：王德福（监护人）、李红梅（班主任）。王芳（帮扶老师）还没开通，开通后会收到。刘丽（妈妈）已取消关注微信，重新关注后会收到。", dad.Reply());
    }

    [Fact]
    public async Task When_nobody_has_a_chat_now_the_unfollowed_father_is_named_apart_from_those_who_never_opened_one()
    {
        await using var h = await CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        Assert.NotNull(await h.Get<IBindingService>().SuspendAsync(Channels.Test, dad.UserId));

        await grandpa.SendAsync("小明放学一直没回家，到处找不到");
        var raised = grandpa.Reply();

        // The 110 advice stays last, after everyone to phone.
        Assert.Equal("刘丽（妈妈）、李红梅（班主任）、王芳（帮扶老师）还没开通，王建军（爸爸）已取消关注微信，开通或重新关注后才会收到，请马上打电话告诉他们。有生命危险请马上打 110 或 120。", raised);
    }
}
