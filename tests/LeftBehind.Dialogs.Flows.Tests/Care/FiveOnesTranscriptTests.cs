using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Care;

/// <summary>#20 item 2: the proxy parent logs what leaves no other record and hears the child's month so far.</summary>
public sealed class FiveOnesTranscriptTests
{
    [Fact]
    public async Task The_paired_teacher_logs_a_talk_with_the_head_teacher_and_hears_what_is_still_open_this_month()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");

        await wang.SendAsync("记五个一");
        Assert.StartsWith("给哪个孩子记五个一？", wang.Reply());
        await wang.SendAsync("王小明");
        Assert.Equal("今天为王小明做了哪一件？\n1. 帮孩子和爸妈通了电话或写了信\n2. 和班主任聊了孩子\n3. 和监护人联系了\n4. 陪孩子过了节日", wang.Reply());
        await wang.SendAsync("2");
        var saved = wang.Reply();
        Assert.StartsWith("已记下：王小明，和班主任聊了孩子。王小明这个月已做", saved);
        Assert.DoesNotContain("联系一次班主任", saved);
        Assert.Contains("还差：", saved);
        wang.NoMoreReplies();

        var ming = await CarePeople.ChildIdAsync(h, "王小明");
        var month = (await h.Get<ICareQueries>().GetFiveOnesAsync(new DateOnly(2026, 11, 1), CareRules.Zone)).Single(r => r.ChildId == ming);
        Assert.Contains(FiveOnesItem.HeadTeacherContact, month.Done);
    }

    [Fact]
    public async Task From_the_teacher_menu_a_festival_is_logged_in_words_and_counts_for_the_year()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");

        await wang.SendAsync("9");
        wang.Reply();
        await wang.SendAsync("刘阳");
        wang.Reply();
        await wang.SendAsync("陪孩子过了节日");
        var saved = wang.Reply();
        Assert.StartsWith("已记下：刘阳，陪孩子过了节日。", saved);
        Assert.DoesNotContain("今年陪过一个节日", saved);

        var liuyang = await CarePeople.ChildIdAsync(h, "刘阳");
        var december = (await h.Get<ICareQueries>().GetFiveOnesAsync(new DateOnly(2026, 12, 1), CareRules.Zone)).Single(r => r.ChildId == liuyang);
        Assert.Contains(FiveOnesItem.Festival, december.Done); // once a year: still counted next month
        Assert.DoesNotContain(FiveOnesItem.HeadTeacherContact, december.Done);
    }

    [Fact]
    public async Task A_head_teacher_logging_for_a_child_she_is_not_proxy_parent_of_gets_no_month_summary()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await CarePeople.BoundAsync(h, "li", "BZR789");

        await li.SendAsync("记五个一");
        li.Reply();
        await li.SendAsync("李思雨");
        li.Reply();
        await li.SendAsync("3");
        Assert.Equal("已记下：李思雨，和监护人联系了。", li.Reply());
        li.NoMoreReplies();
    }
}
