using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>Issue 13: a parent typing fast at night is met halfway (zh-CN, with the main cases in zh-TW and en).</summary>
public sealed class ParentNaturalAnswerTests
{
    private static async Task<Phone> BoundFatherAsync(ConversationHarness h)
    {
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();
        return dad;
    }

    [Fact]
    public async Task A_full_width_invite_code_binds()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = h.NewPhone("dad");
        await dad.SendAsync("邀请码是 ＢＡＢＡ２３");
        Assert.StartsWith("绑定成功！", dad.Reply());
    }

    [Fact]
    public async Task Send_it_said_as_a_word_inside_a_sentence_sends_the_letter()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = h.NewPhone("grandpa");
        await h.Get<IBindingService>().RedeemAsync("YEYE67", "test", grandpa.UserId, grandpa.ReferenceJson, "g");
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("我想给小明写封信");
        dad.Reply();
        await dad.SendAsync("1");
        dad.Reply();
        await dad.SendAsync("小明：爸爸很想你。");
        dad.Reply();
        await dad.SendAsync("写好了");
        Assert.EndsWith("1. 寄出  2. 重写  3. 不寄了", dad.Reply());
        await dad.SendAsync("寄吧");
        // 王芳 has no chat in this family yet: the father is told she will get it when she joins.
        var sent = dad.Reply();
        Assert.StartsWith("信已经寄出，会转给王德福，读给王小明听。", sent, StringComparison.Ordinal);
        Assert.Contains("王芳还没开通", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_traditional_name_and_a_call_time_inside_a_sentence_book_the_call()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("5");
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("小紅");
        // Written in Traditional script, answered in it.
        Assert.Equal("想什麼時候和王小红通電話？比如「這週日晚上8點」。", dad.Reply());
        await dad.SendAsync("就这周日晚上8点啊");
        Assert.Matches("^(约好了|約好了)：11月22日 星期日 20:00。", dad.Reply());
    }

    [Fact]
    public async Task A_time_that_may_be_morning_or_evening_is_asked_about_not_guessed()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("5");
        dad.Reply();
        await dad.SendAsync("小明");
        dad.Reply();
        await dad.SendAsync("周日8点");
        Assert.Equal("是早上还是晚上？请连时间一起再说一次，例如「周日晚上8点」。", dad.Reply());
        await dad.SendAsync("周日晚上8点");
        Assert.StartsWith("约好了：11月22日 星期日 20:00。", dad.Reply());
    }

    [Fact]
    public async Task This_sundays_call_said_on_sunday_ten_minutes_before_is_booked_for_today()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        h.Time.SetUtcNow(new DateTimeOffset(2026, 11, 22, 11, 50, 0, TimeSpan.Zero));
        await dad.SendAsync("5");
        dad.Reply();
        await dad.SendAsync("小明");
        dad.Reply();
        await dad.SendAsync("就这周日晚上8点啊");
        Assert.StartsWith("约好了：11月22日 星期日 20:00。", dad.Reply());
    }

    [Fact]
    public async Task An_ambiguous_child_gets_one_question_naming_both()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("5");
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("小");
        Assert.Equal("您是说王小明还是王小红？", dad.Reply());
        await dad.SendAsync("明");
        Assert.Equal("想什么时候和王小明通电话？比如「这周日晚上8点」。", dad.Reply());
    }

    [Theory]
    [InlineData("English please")]
    [InlineData("speak English")]
    [InlineData("请用英文")]
    public async Task Asking_for_English_politely_switches_the_language(string text)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync(text);
        Assert.Equal("OK, I will speak English from now on.", dad.Reply());
    }

    [Fact]
    public async Task In_English_an_ambiguous_child_is_asked_about_and_a_sentence_with_the_time_books_the_call()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("English please");
        dad.AllReplies();
        await dad.SendAsync("5");
        Assert.Equal("Which child?", dad.Reply());
        await dad.SendAsync("小");
        Assert.Equal("Did you mean 王小明 or 王小红?", dad.Reply());
        await dad.SendAsync("小紅");
        dad.Reply();
        await dad.SendAsync("ok this sunday at 8pm then");
        Assert.StartsWith("Booked:", dad.Reply());
    }

    [Fact]
    public async Task In_Traditional_Chinese_a_call_time_inside_a_sentence_is_understood()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("繁體");
        dad.AllReplies();
        await dad.SendAsync("5");
        Assert.Equal("問哪個孩子？", dad.Reply());
        await dad.SendAsync("小");
        Assert.Equal("您是說王小明還是王小红？", dad.Reply());
        await dad.SendAsync("小明");
        dad.Reply();
        await dad.SendAsync("就這週日晚上8點吧");
        Assert.StartsWith("約好了：11月22日", dad.Reply());
    }
}
