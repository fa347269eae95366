using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the paired teacher 王芳 in Chromium at 390×844: what she asked in her own words went elsewhere.
/// 「今天有没有家长找我」 got 「您不是班主任，不能记全班考勤。」, 应急 typed while a note waited for its category got
/// 没有这个选项, 「谈心 小明 这周情绪不错」 was taken for a note and asked for a note's category, and 「帮我看看小红这周出勤」
/// got 「您不是班主任，不能记全班考勤。」 although the record of a child she looks after is hers to read.
/// </summary>
public sealed class PairedTeacherInWordsTranscriptTests
{
    [Theory]
    [InlineData("今天有没有家长找我")]
    [InlineData("家长有问题吗")]
    [InlineData("有家长留言吗？")]
    [InlineData("谁找我了")]
    public async Task A_teacher_asking_in_words_whether_parents_wrote_gets_her_questions(string words)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");
        await dad.SendAsync("问问老师 小明最近作业多不多");
        await dad.SendAsync("是");
        Assert.Contains("已经转给王芳老师了", dad.AllReplies(), StringComparison.Ordinal);
        wang.AllReplies();

        await wang.SendAsync(words);

        var said = wang.AllReplies();
        Assert.DoesNotContain("班主任", said, StringComparison.Ordinal);
        Assert.DoesNotContain("没有这个选项", said, StringComparison.Ordinal);
        Assert.Contains("个问题等您回答", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("有个家长找我说孩子发烧了")]
    public async Task News_a_parent_brought_is_not_taken_for_a_look_at_her_questions(string words)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");

        await wang.SendAsync(words);

        Assert.DoesNotContain("回复数字查看", wang.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_emergency_word_typed_at_another_question_starts_the_emergency()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");
        await wang.SendAsync("记谈心");
        Assert.StartsWith("记哪个孩子这周的谈心？", wang.AllReplies(), StringComparison.Ordinal);

        await wang.SendAsync("应急");

        var said = wang.AllReplies();
        Assert.DoesNotContain("没有这个选项", said, StringComparison.Ordinal);
        Assert.Contains("是哪个孩子？", said, StringComparison.Ordinal);
        // Nobody is alerted before she has said which child and what happened.
        Assert.Equal(string.Empty, grandpa.AllReplies());
        Assert.Empty(await h.Get<IEmergencyService>().ListAsync(null, 10));
    }

    [Fact]
    public async Task A_message_that_begins_with_a_menu_title_is_that_item()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");

        await wang.SendAsync("谈心 小明 这周情绪不错 跟同学玩的挺好");

        var said = wang.AllReplies();
        Assert.DoesNotContain("属于哪一类", said, StringComparison.Ordinal);
        Assert.Contains("王小明这周的学习怎么样？", said, StringComparison.Ordinal);
        await wang.SendAsync("11111");
        // Her sentence after the name is the week's sentence: not asked for again.
        Assert.Contains("“小明 这周情绪不错 跟同学玩的挺好”", wang.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_that_begins_with_a_menu_title_at_the_list_of_her_questions_is_that_item()
    {
        // Found on the branch's own build in Chromium: at 「回复数字查看」 the same words got 没有这个选项 twice, then the list gave up.
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");
        await wang.SendAsync("家长的问题");
        Assert.Contains("回复数字查看", wang.AllReplies(), StringComparison.Ordinal);

        await wang.SendAsync("谈心 小明 这周情绪不错 跟同学玩的挺好");

        var said = wang.AllReplies();
        Assert.DoesNotContain("没有这个选项", said, StringComparison.Ordinal);
        Assert.Contains("王小明这周的学习怎么样？", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_weekly_talk_that_gave_up_on_a_mark_ends_and_the_emergency_word_there_gets_one_answer()
    {
        // Found on a fresh clone of the merged code: three answers that were no mark gave 「这一步先跳过」 and then the
        // same question again; 应急 at it got 「请回复 1 好…」 and 「是哪个孩子？」 both.
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");
        await wang.SendAsync("记谈心");
        await wang.SendAsync("1");
        wang.AllReplies();

        await wang.SendAsync("应急");
        var said = wang.AllReplies();
        Assert.DoesNotContain("请回复 1 好", said, StringComparison.Ordinal);
        Assert.Contains("是哪个孩子？", said, StringComparison.Ordinal);
        await wang.SendAsync("算了");
        wang.AllReplies();

        await wang.SendAsync("记谈心");
        await wang.SendAsync("1");
        wang.AllReplies();
        await wang.SendAsync("小明");
        await wang.SendAsync("不知道");
        // Three answers that are no mark and no sentence (a sentence is now the week's own: TalkSentenceAtMarkTranscriptTests).
        await wang.SendAsync("啥意思啊");
        said = wang.AllReplies();
        Assert.Contains("这一步先跳过", said, StringComparison.Ordinal);
        Assert.DoesNotContain("这周的学习怎么样", said[said.IndexOf("这一步先跳过", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("帮我看看小红这周出勤", "王小红这周")]
    [InlineData("小明今天来了吗", "王小明今天")]
    public async Task A_teacher_who_heads_no_class_asking_about_a_child_she_looks_after_gets_the_childs_record(string words, string answer)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");

        await wang.SendAsync(words);

        var said = wang.AllReplies();
        Assert.DoesNotContain("班主任", said, StringComparison.Ordinal);
        Assert.StartsWith(answer, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_who_heads_no_class_is_still_told_so_when_she_sends_the_days_list()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");

        await wang.SendAsync("缺：王小明");

        Assert.Equal("您不是班主任，不能记全班考勤。", wang.AllReplies());
    }
}
