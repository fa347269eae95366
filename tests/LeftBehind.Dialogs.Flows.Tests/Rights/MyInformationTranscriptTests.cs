using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Rights;

/// <summary>
/// Issue #14, item 5: 「我的信息」 shows what is held about the person and their children, exports it, unbinds and
/// withdraws consent — each by a word or by its digit, unbinding and withdrawing only after a confirmation.
/// </summary>
public sealed class MyInformationTranscriptTests
{
    private static async Task<Phone> BoundFatherAsync(ConversationHarness h)
    {
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();
        return dad;
    }

    [Fact]
    public async Task My_information_lists_the_father_his_channel_his_consent_and_what_is_kept_about_his_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("我的信息");
        Assert.Equal("我的信息：回复数字\n1. 查看我的信息\n2. 导出\n3. 解除绑定\n4. 撤回同意\n0. 回到菜单", dad.Reply());
        Assert.Equal(["查看我的信息", "导出", "解除绑定", "撤回同意"], dad.LastActivity!.SuggestedActions!.Actions!.Select(a => a.Title));
        await dad.SendAsync("1");
        var shown = dad.Reply();
        Assert.StartsWith("我们保存的您的信息：\n王建军（家长），电话 ", shown);
        Assert.Contains("绑定：测试（2026-11-19）", shown);
        Assert.Contains("同意：paper-2026 版", shown);
        Assert.Contains("孩子 王小明（", shown);
        Assert.Contains("出勤 ", shown);
        Assert.DoesNotContain("dad", shown);
        dad.NoMoreReplies();

        // Still at 「我的信息」: 2 exports; where the channel carries no file, the summary and where to get the file.
        await dad.SendAsync("2");
        Assert.StartsWith("我们保存的您的信息：", dad.Reply());
        Assert.StartsWith("这里不能发文件", dad.Reply());
        dad.NoMoreReplies();

        // Out of 「我的信息」, the digits are the role menu's again.
        await dad.SendAsync("0");
        Assert.StartsWith("王建军，您好！想办什么？", dad.Reply());
    }

    [Fact]
    public async Task Unbinding_is_confirmed_first_and_afterwards_the_device_is_a_stranger()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("解除绑定");
        Assert.StartsWith("解除绑定后，这台设备不再收到孩子的消息", dad.Reply());
        Assert.Equal(["确定解除", "不解除"], dad.LastActivity!.SuggestedActions!.Actions!.Select(a => a.Title));
        await dad.SendAsync("不解除");
        Assert.Equal("好的，没有解除。回复 0 回到菜单。", dad.Reply());
        Assert.NotNull(await h.Get<IBindingService>().FindAsync(Channels.Test, "dad"));

        await dad.SendAsync("我的信息");
        dad.Reply();
        await dad.SendAsync("3");
        dad.Reply();
        await dad.SendAsync("确定解除");
        Assert.Equal("已解除绑定。想再用，请向班主任要新的邀请码。", dad.Reply());
        Assert.Null(await h.Get<IBindingService>().FindAsync(Channels.Test, "dad"));
        await dad.SendAsync("小明这周上学了吗");
        Assert.StartsWith("请发送班主任给您的邀请码", dad.Reply());
    }

    [Fact]
    public async Task A_message_out_of_turn_at_the_confirmation_unbinds_nothing_and_is_answered_as_usual()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("解除绑定");
        dad.Reply();
        await dad.SendAsync("小明这周上学了吗");
        Assert.StartsWith("王小明", dad.AllReplies());
        Assert.NotNull(await h.Get<IBindingService>().FindAsync(Channels.Test, "dad"));
    }

    [Fact]
    public async Task Withdrawing_consent_is_confirmed_then_nothing_about_the_child_is_shown_until_he_agrees_again()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("我的信息");
        dad.Reply();
        await dad.SendAsync("4");
        Assert.StartsWith("撤回同意后，这里不再显示孩子的信息。确定撤回吗？", dad.Reply());
        await dad.SendAsync("1");
        var withdrawn = dad.Reply();
        Assert.StartsWith("已撤回您的同意。", withdrawn);
        // Withdrawing stops the notices about the child by itself (the outbox holds them, emergencies aside): he is not
        // sent off to unbind as if the withdrawal were not enough.
        Assert.Contains("不再发给您", withdrawn);
        Assert.DoesNotContain("解除绑定", withdrawn);
        var father = (await Parent.DemoSchool.LoadAsync(h)).Father;
        var state = await h.Get<IPersonRights>().GetConsentAsync(father);
        Assert.False(state.Given);
        Assert.Equal(h.Time.GetUtcNow(), state.WithdrawnAt);

        await dad.SendAsync("小明这周上学了吗");
        Assert.Equal("您还没有同意，所以这里不显示孩子的信息。想开始使用，请回复「同意」（1）。", dad.Reply());
        await dad.SendAsync("我的信息");
        dad.Reply();
        await dad.SendAsync("查看我的信息");
        var shown = dad.Reply();
        Assert.Contains("同意：您 2026-11-19 撤回了", shown);
        Assert.Contains("孩子的信息：您同意之后才显示。", shown);
        Assert.DoesNotContain("王小明", shown);

        await dad.SendAsync("撤回同意");
        Assert.Equal("您现在没有同意在案，不用撤回。", dad.Reply());
        await dad.SendAsync("同意");
        Assert.Equal("谢谢您，已记下您的同意。", dad.Reply());
        Assert.StartsWith("王建军，您好！", dad.Reply());
    }

    [Fact]
    public async Task In_traditional_chinese_my_information_answers_in_traditional()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = h.NewPhone("dad", "zh-TW");
        await dad.SendAsync("BABA23");
        dad.AllReplies();
        await dad.SendAsync("我的資訊");
        Assert.StartsWith("我的資訊：回覆數字", dad.Reply());
    }
}
