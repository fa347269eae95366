using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>Issue 13: what a grandparent's first message already says is not asked again, only confirmed once.</summary>
public sealed class GuardianFirstMessageTranscriptTests : IAsyncLifetime
{
    private ConversationHarness _h = null!;

    // The phones' harness: the guardian writes to the whole bot (router, analyzer, menus), today is Thursday 11月19日.
    public async Task InitializeAsync() => _h = await ConversationHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<Phone> GrandpaAsync()
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        return _h.NewPhone("yeye");
    }

    [Fact]
    public async Task The_child_the_day_and_the_reason_in_one_message_need_one_confirmation()
    {
        var yeye = await GrandpaAsync();
        await yeye.SendAsync("小明发烧了 明天不去");
        Assert.Equal("王小明11月20日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        await yeye.SendAsync("1");
        Assert.Equal("好了，王小明11月20日请假了，学校已经记下。", yeye.Reply());
        yeye.NoMoreReplies();
        Assert.Equal(AttendanceStatus.Sick, await _h.StatusAsync("王小明", _h.Today.AddDays(1)));
    }

    [Fact]
    public async Task The_day_said_with_the_leave_is_taken_when_the_message_also_says_when_the_child_fell_ill()
    {
        // Played at 390×844: "娃今天肚子疼 明天请假" asked the child, then "请哪天的假？" although 明天 was said.
        var yeye = await GrandpaAsync();
        await yeye.SendAsync("娃今天肚子疼 明天请假");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
        await yeye.SendAsync("小明");
        Assert.Equal("王小明11月20日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        await yeye.SendAsync("对");
        Assert.Equal("好了，王小明11月20日请假了，学校已经记下。", yeye.Reply());
        Assert.Equal(AttendanceStatus.Sick, await _h.StatusAsync("王小明", _h.Today.AddDays(1)));
        Assert.Null(await _h.StatusAsync("王小明", _h.Today));
    }

    [Fact]
    public async Task Only_what_is_missing_is_asked_and_then_confirmed()
    {
        var yeye = await GrandpaAsync();
        await yeye.SendAsync("明天请假 家里有事");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
        await yeye.SendAsync("红");
        Assert.Equal("王小红11月20日请事假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        await yeye.SendAsync("对");
        Assert.Equal("好了，王小红11月20日请假了，学校已经记下。", yeye.Reply());
        Assert.Equal(AttendanceStatus.Leave, await _h.StatusAsync("王小红", _h.Today.AddDays(1)));
    }

    [Fact]
    public async Task A_leave_read_wrongly_is_not_recorded_when_grandpa_says_no()
    {
        var yeye = await GrandpaAsync();
        await yeye.SendAsync("小明发烧了 明天不去");
        yeye.Reply();
        await yeye.SendAsync("不对");
        Assert.Equal("好，没有请假。", yeye.Reply());
        Assert.Null(await _h.StatusAsync("王小明", _h.Today.AddDays(1)));
    }

    [Fact]
    public async Task In_traditional_script_the_first_message_is_read_the_same_way()
    {
        var yeye = await GrandpaAsync();
        await yeye.SendAsync("小明發燒了 明天不去");
        Assert.Equal("王小明11月20日請病假，對嗎？\n1. 對\n2. 不對", yeye.Reply());
        await yeye.SendAsync("1");
        Assert.StartsWith("好了，王小明11月20日", yeye.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grandparent_session_with_digits_and_short_words_completes_leave_a_call_and_a_letter_without_no_such_option()
    {
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        var yeye = await GrandpaAsync();
        var dad = _h.NewPhone("baba");
        var heard = new List<string>();

        // 请假 with digits and one character.
        await yeye.SendAsync("1");
        heard.Add(yeye.Reply());
        await yeye.SendAsync("1");
        heard.Add(yeye.Reply());
        await yeye.SendAsync("明天");
        heard.Add(yeye.Reply());
        await yeye.SendAsync("病");
        heard.Add(yeye.Reply());
        Assert.Equal("好了，王小明11月20日请假了，学校已经记下。", heard[^1]);

        // The father books a call; grandpa confirms it with one word.
        var ming = await _h.ChildAsync("王小明");
        await _h.Get<ICallHomeService>().BookAsync(father.Actor, ming.Id, new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        await yeye.SendAsync("3");
        heard.Add(yeye.Reply());
        await yeye.SendAsync("行");
        heard.Add(yeye.Reply());
        Assert.Equal("好，已告诉孩子爸妈。到时候让孩子等电话。", heard[^1]);

        // The father's letter arrives and is read on grandpa's phone.
        await dad.SendAsync("我想给小明写封信");
        dad.AllReplies();
        await dad.SendAsync("1");
        dad.AllReplies();
        await dad.SendAsync("小明：爸爸很想你，要听爷爷的话。");
        dad.AllReplies();
        await dad.SendAsync("写好了");
        dad.AllReplies();
        await dad.SendAsync("寄吧");
        Assert.StartsWith("信已经寄出", dad.AllReplies(), StringComparison.Ordinal);
        var letter = yeye.AllReplies();
        Assert.Contains("爸爸很想你，要听爷爷的话。", letter, StringComparison.Ordinal);
        heard.Add(letter);

        Assert.DoesNotContain(heard, h => h.Contains("没有这个选项", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Right_after_binding_a_leave_said_in_words_at_the_menu_is_taken_not_refused()
    {
        // Found playing the grandfather on Web Chat: the menu shown after binding answered "没有这个选项".
        var yeye = _h.NewPhone("yeye");
        await yeye.SendAsync("YEYE67");
        yeye.AllReplies();
        await yeye.SendAsync("小明发烧了 明天不去");
        Assert.Equal("王小明11月20日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
    }

    [Fact]
    public async Task Chat_while_a_question_waits_is_answered_and_the_question_asked_again()
    {
        var yeye = await GrandpaAsync();
        await yeye.SendAsync("1");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
        await yeye.SendAsync("今天天气咋样");
        Assert.Equal("天气我查不了，孩子的事我可以帮您。", yeye.Reply());
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
    }

    [Fact]
    public async Task The_child_named_in_a_sentence_with_the_day_and_the_reason_answers_the_child_question_and_the_rest()
    {
        var yeye = await GrandpaAsync();
        await yeye.SendAsync("1");
        yeye.Reply();
        await yeye.SendAsync("小红明天家里有事不去了");
        Assert.Equal("王小红11月20日请事假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        await yeye.SendAsync("中");
        Assert.Equal("好了，王小红11月20日请假了，学校已经记下。", yeye.Reply());
    }

    [Fact]
    public async Task In_english_the_child_the_day_and_the_reason_in_one_message_need_one_confirmation()
    {
        var yeye = await GrandpaAsync();
        await yeye.SendAsync("English please");
        yeye.AllReplies();
        // English words around the child's Chinese name: "tomorrow" is still read.
        await yeye.SendAsync("小明 has a fever, not going tomorrow");
        Assert.Equal("王小明 is off sick for Nov 20, right?\n1. Yes\n2. No", yeye.Reply());
        await yeye.SendAsync("yes");
        Assert.StartsWith("Done: 王小明", yeye.Reply(), StringComparison.Ordinal);
        Assert.Equal(AttendanceStatus.Sick, await _h.StatusAsync("王小明", _h.Today.AddDays(1)));
    }

    [Theory]
    [InlineData("好")]
    [InlineData("嗯嗯")]
    [InlineData("行")]
    public async Task A_grandfather_saying_ok_to_the_menu_after_binding_is_answered_never_no_such_option(string answer)
    {
        // Found playing the grandfather on Web Chat: "好" to the menu shown after binding got "没有这个选项".
        var yeye = _h.NewPhone("yeye");
        await yeye.SendAsync("YEYE67");
        yeye.AllReplies();
        await yeye.SendAsync(answer);
        Assert.Equal("好的，有事随时找我。", yeye.Reply());
        yeye.NoMoreReplies();
        await yeye.SendAsync("1");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
    }
}
