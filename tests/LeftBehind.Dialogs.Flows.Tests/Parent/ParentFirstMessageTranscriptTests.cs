using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Issue 13, slots from what was said: what a father's first message already gives (a call time, the day of a call, a
/// letter's first lines, the child just asked about) is used, and only what is still missing is asked. Today is
/// Thursday 19 November; 王建军 has two children, 王小明 and 王小红.
/// </summary>
public sealed class ParentFirstMessageTranscriptTests
{
    private static async Task<Phone> BoundFatherAsync(ConversationHarness h, string? language = null)
    {
        var grandpa = h.NewPhone("grandpa");
        await h.Get<IBindingService>().RedeemAsync(ConversationHarness.Grandpa, "test", grandpa.UserId, grandpa.ReferenceJson, "g");
        var dad = h.NewPhone("dad");
        await dad.SendAsync(ConversationHarness.Father);
        dad.AllReplies();
        if (language is not null)
        {
            await dad.SendAsync(language);
            dad.AllReplies();
        }
        return dad;
    }

    [Theory]
    [InlineData(null, "这周日晚上8点给家里打个电话", "问哪个孩子？", "约好了：11月22日 星期日 20:00。已经告诉王德福")]
    [InlineData(null, "周日晚上8点打电话回家", "问哪个孩子？", "约好了：11月22日 星期日 20:00。已经告诉王德福")]
    [InlineData("繁體", "這週日晚上8點給家裡打個電話", "問哪個孩子？", "約好了：11月22日 星期日 20:00。")]
    [InlineData("English please", "call home sunday 8pm", "Which child?", "Booked: Sunday Nov 22, 20:00.")]
    public async Task A_call_time_in_the_first_sentence_books_the_call_once_the_child_is_known(string? language, string request, string whichChild, string booked)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h, language);
        await dad.SendAsync(request);
        Assert.Equal(whichChild, dad.Reply());
        await dad.SendAsync("小明");
        Assert.StartsWith(booked, dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();
    }

    [Fact]
    public async Task A_call_time_and_the_child_in_the_first_sentence_book_the_call_at_once()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("这周日晚上8点给小红打个电话");
        Assert.StartsWith("约好了：11月22日 星期日 20:00。", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();
    }

    [Fact]
    public async Task A_day_in_the_first_sentence_is_kept_and_only_the_hour_is_asked()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("明天给小明打个电话");
        Assert.Equal("明天几点呢？", dad.Reply());
        await dad.SendAsync("晚上7点半");
        Assert.StartsWith("约好了：11月20日 星期五 19:30。", dad.Reply(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("就明天下午吧", "明天下午几点呢？", "就3点吧", "11月20日 星期五 15:00")]
    [InlineData("29号吧", "29日几点呢？", "晚上8点", "11月29日 星期日 20:00")]
    [InlineData("就这周日晚上8点啊", null, null, "11月22日 星期日 20:00")]
    public async Task A_day_said_as_the_answer_to_when_is_kept_and_only_the_hour_asked_never_refused(string answer, string? hourQuestion, string? hour, string booked)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("5");
        dad.Reply();
        await dad.SendAsync("小明");
        Assert.Equal("想什么时候和王小明通电话？比如「这周日晚上8点」。", dad.Reply());
        await dad.SendAsync(answer);
        if (hourQuestion is not null)
        {
            var asked = dad.Reply();
            Assert.Equal(hourQuestion, asked);
            await dad.SendAsync(hour);
        }
        Assert.StartsWith("约好了：" + booked + "。", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();
    }

    [Fact]
    public async Task An_hour_that_may_be_morning_or_evening_after_a_day_is_asked_about_and_the_day_still_kept()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("5");
        dad.Reply();
        await dad.SendAsync("小明");
        dad.Reply();
        await dad.SendAsync("29号吧");
        Assert.Equal("29日几点呢？", dad.Reply());
        await dad.SendAsync("8点");
        Assert.Equal("是早上还是晚上？请连时间一起再说一次，例如「周日晚上8点」。", dad.Reply());
        await dad.SendAsync("晚上8点");
        Assert.StartsWith("约好了：11月29日 星期日 20:00。", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_day_and_time_instead_of_the_hour_books_that_one()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("5");
        dad.Reply();
        await dad.SendAsync("小明");
        dad.Reply();
        await dad.SendAsync("明天晚上");
        Assert.Equal("明天晚上几点呢？", dad.Reply());
        await dad.SendAsync("算了 周六晚上8点吧");
        Assert.StartsWith("约好了：11月21日 星期六 20:00。", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_english_a_day_as_the_answer_to_when_gets_only_the_hour_question()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h, "English please");
        await dad.SendAsync("5");
        dad.Reply();
        await dad.SendAsync("小红");
        dad.Reply();
        await dad.SendAsync("tomorrow afternoon");
        Assert.Equal("What time tomorrow afternoon?", dad.Reply());
        await dad.SendAsync("3pm");
        Assert.StartsWith("Booked: Friday Nov 20, 15:00.", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_begun_in_the_first_message_keeps_its_first_lines_and_is_not_asked_what_to_do()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("给小明写信：小明，爸爸想你了");
        Assert.Equal("收到（已写 8 字）。继续写，写完回复「写好了」。", dad.Reply());
        await dad.SendAsync("写好了");
        Assert.Equal("给王小明的信：\n——\n小明，爸爸想你了\n——\n1. 寄出  2. 重写  3. 不寄了", dad.Reply());
        await dad.SendAsync("寄出");
        Assert.StartsWith("信已经寄出，会转给王德福", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bare_request_to_write_still_offers_the_numbered_choice_parents_answer_with_1()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("给小明写封信");
        Assert.Equal("两地书：给王小明写一封新信，还是看看往来的信？", dad.Reply());
        await dad.SendAsync("1");
        Assert.Equal("请开始写信，可以分几条发。写完回复「写好了」。", dad.Reply());
    }

    [Fact]
    public async Task In_english_a_letter_begun_in_the_first_message_keeps_its_first_lines()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h, "English please");
        await dad.SendAsync("write a letter to 小明: miss you son");
        Assert.Equal("Got it (12 characters so far). Keep writing, or reply \"done\".", dad.Reply());
        await dad.SendAsync("done");
        Assert.Contains("miss you son", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task He_in_a_question_for_the_teacher_right_after_an_attendance_answer_is_that_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("小明这周上学了吗");
        dad.Reply();
        await dad.SendAsync("帮我问问老师他数学怎么样");
        Assert.Equal("要把这句话转给老师吗？\n「他数学怎么样」", dad.Reply());
    }

    [Fact]
    public async Task A_call_time_that_passed_minutes_ago_is_said_to_have_passed_not_refused_as_not_understood()
    {
        // Found playing the father on Web Chat on Sunday at 20:25: "这周日晚上8点给家里打个电话" was dropped silently.
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        h.Time.SetUtcNow(new DateTimeOffset(2026, 11, 22, 12, 25, 0, TimeSpan.Zero));
        await dad.SendAsync("这周日晚上8点给小明打个电话");
        Assert.Equal("11月22日 星期日 20:00已经过了，请说一个以后的时间，比如「下周日晚上8点」。", dad.Reply());
        Assert.Equal("想什么时候和王小明通电话？比如「这周日晚上8点」。", dad.Reply());
        await dad.SendAsync("就这周日晚上8点啊");
        Assert.Equal("11月22日 星期日 20:00已经过了，请说一个以后的时间，比如「下周日晚上8点」。", dad.Reply());
        dad.NoMoreReplies();
        await dad.SendAsync("下周日晚上8点");
        Assert.StartsWith("约好了：11月29日 星期日 20:00。", dad.Reply(), StringComparison.Ordinal);
    }
}
