using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;
using LeftBehind.Tests.Parent;

namespace LeftBehind.Tests.Trust;

/// <summary>
/// Issue 12, "false emergencies": each transcript replays a message that once turned into a 【紧急】 broadcast or was
/// swallowed by the emergency flow, behind the real router, analyzer and dialogs.
/// </summary>
public sealed class FalseEmergencyTranscriptTests
{
    [Fact]
    public async Task A_letter_praising_a_score_of_110_stays_a_letter_and_alarms_nobody()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");

        await dad.SendAsync("我想给小明写封信");
        Assert.Equal("两地书：给王小明写一封新信，还是看看往来的信？", dad.Reply());
        await dad.SendAsync("1");
        dad.AllReplies();
        await dad.SendAsync("小明，听说你这次数学考了110分，爸爸真高兴。");
        Assert.StartsWith("收到（已写", dad.Reply());
        await dad.SendAsync("写好了");
        Assert.StartsWith("给王小明的信：", dad.Reply());
        await dad.SendAsync("1");
        Assert.StartsWith("信已经寄出", dad.AllReplies());

        var toGrandpa = grandpa.AllReplies();
        Assert.Contains("考了110分", toGrandpa);
        Assert.DoesNotContain("紧急", toGrandpa);
    }

    [Fact]
    public async Task A_letter_typed_at_write_or_read_becomes_the_letters_first_lines()
    {
        // Found playing: the father typed his letter at "写一封新信，还是看看往来的信？" and got "请回复选项前面的数字"
        // for every line of it.
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");

        await dad.SendAsync("我想给小明写封信");
        Assert.Equal("两地书：给王小明写一封新信，还是看看往来的信？", dad.Reply());
        await dad.SendAsync("小明 爸爸想你了 要听爷爷的话 好好吃饭");
        Assert.StartsWith("收到（已写", dad.Reply());
        await dad.SendAsync("写好了");
        Assert.Contains("小明 爸爸想你了 要听爷爷的话 好好吃饭", dad.Reply());
    }

    [Fact]
    public async Task Asking_to_see_the_old_letters_at_write_or_read_is_not_taken_as_a_letter()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");

        await dad.SendAsync("我想给小明写封信");
        dad.AllReplies();
        await dad.SendAsync("我想看看以前写的那些信");
        Assert.DoesNotContain("收到（已写", dad.AllReplies());
    }

    [Theory]
    [InlineData("看看")]
    [InlineData("看看以前的信")]
    [InlineData("看信吧")]
    public async Task Looking_at_the_letters_in_own_words_at_write_or_read_lists_them_instead_of_asking_for_a_number(string answer)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");

        await dad.SendAsync("我想给小明写封信");
        Assert.Contains("写一封新信，还是看看往来的信？", dad.AllReplies());
        await dad.SendAsync(answer);

        var replies = dad.AllReplies();
        Assert.DoesNotContain("请回复选项前面的数字", replies);
        Assert.DoesNotContain("收到（已写", replies);
        Assert.Contains("王小明", replies);
    }

    [Fact]
    public async Task A_teachers_answer_quoting_a_price_of_120_yuan_is_sent_to_the_parent()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        var teacher = await h.BoundPhoneAsync("wang", "BFJS56");

        await teacher.SendAsync("家长的问题");
        teacher.AllReplies();
        await teacher.SendAsync("1");
        teacher.AllReplies();
        await teacher.SendAsync("1");
        Assert.Equal("请写下您的回答，家长会直接收到。", teacher.Reply());
        await teacher.SendAsync("冬季校服120元一套，周五前交给班长就行。");
        Assert.Equal("已回答，家长会收到。", teacher.Reply());

        var toDad = dad.AllReplies();
        Assert.Contains("答：冬季校服120元一套，周五前交给班长就行。", toDad);
        Assert.DoesNotContain("紧急", toDad);
    }

    [Fact]
    public async Task Grandfathers_good_news_that_the_child_is_back_is_not_broadcast_as_an_emergency()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var mum = await h.BoundPhoneAsync("mum", "MAMA45");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");

        await grandpa.SendAsync("娃回来了 在同学家睡的 没事");

        Assert.DoesNotContain("通知", grandpa.AllReplies());
        Assert.DoesNotContain("紧急", mum.AllReplies());
        Assert.DoesNotContain("紧急", dad.AllReplies());
        Assert.Empty(await h.Get<IEmergencyService>().UnacknowledgedAsync());
    }

    [Fact]
    public async Task Asking_the_teacher_about_bullying_stores_an_urgent_question_and_raises_no_emergency()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        var demo = await DemoSchool.LoadAsync(h);

        await dad.SendAsync("问老师 小红在学校有没有被欺负");
        var replies = dad.AllReplies();
        Assert.DoesNotContain("已经通知", replies);
        if (replies.Contains("要把这句话转给老师吗", StringComparison.Ordinal))
        {
            await dad.SendAsync("是");
            replies = dad.AllReplies();
        }
        Assert.Contains("已经转给", replies);

        var questions = await h.Get<IQuestionService>().ListForChildAsync(Actor.Admin, demo.Hong);
        var question = Assert.Single(questions!, q => q.Text.Contains("欺负", StringComparison.Ordinal));
        Assert.True(question.Urgent);
        Assert.DoesNotContain("紧急", grandpa.AllReplies());
    }

    [Fact]
    public async Task An_urgent_concern_reaches_the_head_teacher_at_once_as_well_as_the_teacher_who_answers()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var head = await h.BoundPhoneAsync("li", "BZR789");
        var mentor = await h.BoundPhoneAsync("wang", "BFJS56");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");

        await dad.SendAsync("问老师 小明在学校有没有被欺负");
        if (dad.AllReplies().Contains("要把这句话转给老师吗", StringComparison.Ordinal))
        {
            await dad.SendAsync("是");
            dad.AllReplies();
        }

        Assert.Contains("小明在学校有没有被欺负", mentor.AllReplies());
        Assert.Equal("【需要关注】王小明的家长担心：「问老师 小明在学校有没有被欺负」已交给王芳回答，请您也关心一下。", head.AllReplies());
    }

    [Fact]
    public async Task A_letter_that_speaks_of_danger_is_kept_as_written_and_then_only_offers_to_alert()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");

        await dad.SendAsync("我想给小明写封信");
        dad.AllReplies();
        await dad.SendAsync("1");
        dad.AllReplies();
        await dad.SendAsync("小明，听奶奶说你昨天被同学打了，头上流血了，爸爸很担心。");
        Assert.StartsWith("收到（已写", dad.Reply());
        await dad.SendAsync("写好了");
        dad.AllReplies();
        await dad.SendAsync("1");
        var replies = dad.AllReplies();
        Assert.StartsWith("信已经寄出", replies);
        Assert.Contains("要马上通知全家和老师吗？", replies);
        await dad.SendAsync("不用");
        Assert.Equal("好的，没有通知任何人。有急事随时直接说。", dad.Reply());

        var toGrandpa = grandpa.AllReplies();
        Assert.Contains("头上流血了", toGrandpa);
        Assert.DoesNotContain("【紧急】", toGrandpa);
    }

    [Fact]
    public async Task An_unsure_message_asks_once_and_raises_only_on_yes()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var mum = await h.BoundPhoneAsync("mum", "MAMA45");

        await grandpa.SendAsync("孙子一个人去河边了");
        Assert.StartsWith("要马上通知全家和老师吗？", grandpa.Reply());
        Assert.DoesNotContain("紧急", mum.AllReplies());
        await grandpa.SendAsync("是");
        Assert.Equal("是哪个孩子？\n1. 王小明\n2. 王小红", grandpa.Reply());
        await grandpa.SendAsync("1");
        Assert.StartsWith("已经通知：", grandpa.Reply());
        Assert.StartsWith("【紧急】王小明：孙子一个人去河边了", mum.Reply());
    }
}
