namespace LeftBehind.Tests.Conversations;

public sealed class BindingTranscriptTests
{
    [Fact]
    public async Task New_user_is_welcomed_with_consent_and_asked_for_invite_code()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var phone = h.NewPhone("dad");
        await phone.JoinAsync();
        Assert.Contains("两地书", phone.Reply());
        var consent = phone.Reply();
        Assert.Contains("个人信息保护法", consent);
        Assert.Contains("14 岁以下", consent);
        Assert.Contains("邀请码", phone.Reply());
        phone.NoMoreReplies();
    }

    [Fact]
    public async Task Invite_code_inside_a_sentence_binds_the_parent_and_shows_the_menu()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var phone = h.NewPhone("dad");
        await phone.SendAsync("老师给了我一个邀请码 baba23");
        Assert.Equal("绑定成功！您好，王建军（家长）。", phone.Reply());
        Assert.StartsWith("王建军，您好！想办什么？回复数字就行：\n1. 孩子出勤", phone.Reply());
        Assert.Equal(["孩子出勤", "老师评语", "问老师", "写两地书", "约通话"], phone.LastActivity!.SuggestedActions!.Actions!.Select(a => a.Title));
    }

    [Fact]
    public async Task A_parent_unbound_between_turns_is_asked_for_the_invite_code_on_the_very_next_turn()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var phone = h.NewPhone("dad");
        await phone.SendAsync("老师给了我一个邀请码 baba23");
        phone.AllReplies();
        await phone.SendAsync("小明这周上学了吗");
        Assert.StartsWith("王小明", phone.AllReplies());

        Assert.True(await h.Get<LeftBehind.Archive.Services.IBindingService>().UnbindAsync(LeftBehind.Dialogs.Schema.Channels.Test, "dad"));

        await phone.SendAsync("孩子这周上学了吗");
        Assert.Equal("请发送班主任给您的邀请码（字母和数字，例如 K7P2-QX9M-3RTW），可以直接打在一句话里。", phone.Reply());
        phone.NoMoreReplies();
    }

    [Fact]
    public async Task Wrong_invite_code_is_refused_clearly_and_nothing_else_is_possible_before_binding()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var phone = h.NewPhone("stranger");
        await phone.SendAsync("我的邀请码是 K7P2QX");
        Assert.Equal("邀请码「K7P2QX」不对。请核对一下：由字母和数字组成（一般是 12 位，分三组），没有 0、O、1、I。", phone.Reply());
        await phone.SendAsync("孩子这周上学了吗");
        Assert.Equal("请发送班主任给您的邀请码（字母和数字，例如 K7P2-QX9M-3RTW），可以直接打在一句话里。", phone.Reply());
        await phone.SendAsync("帮助");
        Assert.Contains("绑定之后才能查看孩子的信息", phone.Reply());
        phone.NoMoreReplies();
    }

    [Fact]
    public async Task Used_invite_code_is_refused_for_a_second_user()
    {
        await using var h = await ConversationHarness.CreateAsync();
        await h.NewPhone("dad").SendAsync("BABA23");
        var other = h.NewPhone("someone-else");
        await other.SendAsync("BABA23");
        Assert.Equal("邀请码「BABA23」已经用过了，每个邀请码只能用一次。换了手机请找班主任要一个新的邀请码；不是您本人用的，也请告诉班主任。", other.Reply());
    }

    [Fact]
    public async Task Repeated_wrong_codes_are_throttled_even_when_the_right_code_follows()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var phone = h.NewPhone("guesser");
        string last = string.Empty;
        for (var i = 0; i < 12 && !last.Contains("输错的次数太多", StringComparison.Ordinal); i++)
        {
            await phone.SendAsync("我的码是 ABCD" + "23456789"[i % 8] + "23456789"[i / 8]);
            last = phone.Reply();
        }
        Assert.Contains("输错的次数太多了，为了安全请", last);
        await phone.SendAsync("BABA23");
        Assert.Contains("输错的次数太多了", phone.Reply());
    }
}
