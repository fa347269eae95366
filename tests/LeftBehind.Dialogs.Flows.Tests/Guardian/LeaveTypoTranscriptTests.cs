using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the grandfather at 390×844: 青假 started the leave, 请加 (the same sound, the pinyin keyboard's other
/// candidate) got the menu again. 请加微信 is an ordinary request and must never become a leave.
/// </summary>
public sealed class LeaveTypoTranscriptTests : IAsyncLifetime
{
    private ConversationHarness _h = null!;

    public async Task InitializeAsync() => _h = await ConversationHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<Phone> GrandpaAtTheMenuAsync()
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var yeye = _h.NewPhone("yeye");
        await yeye.SendAsync("在吗");
        Assert.Contains("1. 请假", yeye.AllReplies(), StringComparison.Ordinal);
        return yeye;
    }

    [Theory]
    [InlineData("请加")]
    [InlineData("青假")]
    [InlineData("我要请加")]
    public async Task A_homophone_of_qingjia_at_the_guardians_menu_starts_the_leave(string typed)
    {
        var yeye = await GrandpaAtTheMenuAsync();

        await yeye.SendAsync(typed);

        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
    }

    [Fact]
    public async Task Qingjia_typed_as_the_first_message_starts_the_leave()
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var yeye = _h.NewPhone("yeye");

        await yeye.SendAsync("请加");

        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
    }

    [Theory]
    [InlineData("请加微信")]
    [InlineData("老师请加我微信")]
    public async Task Asking_to_add_a_wechat_contact_is_no_leave(string typed)
    {
        var yeye = await GrandpaAtTheMenuAsync();

        await yeye.SendAsync(typed);

        Assert.DoesNotContain("请假？", yeye.AllReplies(), StringComparison.Ordinal);
        Assert.Null(await _h.StatusAsync("王小明", _h.Today));
    }
}
