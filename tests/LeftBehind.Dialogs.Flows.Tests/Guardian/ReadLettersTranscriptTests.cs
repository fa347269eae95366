using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Issue 12, "the guardian menu has no way to read a letter later": behind the real router, dialogs and archive, a
/// grandfather reads the parents' letters whenever he likes (看信), newest first with their photos, and says
/// 已读给孩子听 — the father is told once and sees it in his letter history.
/// </summary>
public sealed class ReadLettersTranscriptTests
{
    private const string WhichChild = "看哪个孩子的信？\n1. 王小明\n2. 王小红";
    private const string AskRead = "读给孩子听了吗？\n1. 已读给孩子听\n2. 下一封\n3. 不看了";

    private static async Task WriteLetterAsync(Phone dad, string text)
    {
        await dad.SendAsync("我想给小明写封信");
        Assert.Equal("两地书：给王小明写一封新信，还是看看往来的信？", dad.Reply());
        await dad.SendAsync("1");
        Assert.StartsWith("请开始写信", dad.AllReplies());
        await dad.SendAsync(text);
        dad.AllReplies();
        await dad.SendAsync("写好了");
        dad.AllReplies();
        await dad.SendAsync("1");
        Assert.StartsWith("信已经寄出", dad.AllReplies());
    }

    [Fact]
    public async Task A_grandfather_reads_the_fathers_letter_later_from_the_menu_and_the_father_sees_it_was_read_to_the_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        await WriteLetterAsync(dad, "小明，爸爸过年回家，给你带新书包。");
        grandpa.AllReplies();
        h.Time.Advance(TimeSpan.FromDays(2));

        await grandpa.SendAsync("看信");
        Assert.Equal(WhichChild, grandpa.Reply());
        await grandpa.SendAsync("1");
        Assert.Equal("王建军写给王小明的信，11月19日（第1封，共2封）：\n小明，爸爸过年回家，给你带新书包。", grandpa.Reply());
        Assert.Equal(AskRead, grandpa.Reply());
        await grandpa.SendAsync("1");
        Assert.Equal("好，记下了，会告诉王建军。", grandpa.Reply());
        Assert.Empty(grandpa.AllReplies());

        Assert.Equal("王德福已经把您11月19日写的信读给王小明听了。", dad.Reply());
        await dad.SendAsync("我想看看给小明的信");
        Assert.Equal("两地书：给王小明写一封新信，还是看看往来的信？", dad.Reply());
        await dad.SendAsync("2");
        Assert.Contains("小明，爸爸过年回家，给你带新书包。（王德福已读给孩子听）", dad.AllReplies());
        var child = (await h.Get<IChildrenService>().GetChildrenAsync(Actor.Admin)).Single(c => c.Name == "王小明");
        var stored = await h.Get<ILetterService>().ListAsync(Actor.Admin, child.Id) ?? [];
        Assert.Equal([true, false], stored.Select(l => l.ReadToChildAt is not null));
    }

    [Fact]
    public async Task Read_to_the_child_said_after_a_reload_marks_the_letter_the_grandfather_was_shown_not_the_newest()
    {
        // Found in play (#12, round 3): the grandfather opened the older letter in 看信, the page reloaded (the flow was
        // gone, the menu back), and 「已读给小明听了」 marked the newest letter instead of the one he had read out.
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        await WriteLetterAsync(dad, "小明，爸爸过年回家，给你带新书包。");
        grandpa.AllReplies();
        h.Time.Advance(TimeSpan.FromDays(2));

        await grandpa.SendAsync("看信");
        Assert.Equal(WhichChild, grandpa.Reply());
        await grandpa.SendAsync("1");
        Assert.StartsWith("王建军写给王小明的信，11月19日（第1封，共2封）", grandpa.Reply());
        Assert.Equal(AskRead, grandpa.Reply());
        await grandpa.SendAsync("2");
        var older = grandpa.Reply();
        Assert.Contains("（第2封，共2封）", older);
        grandpa.AllReplies();
        // The reload: the waiting question is gone and the menu is back.
        await grandpa.SendAsync("0");
        grandpa.AllReplies();

        await grandpa.SendAsync("已读给小明听了");
        Assert.StartsWith("好，记下了", grandpa.AllReplies());
        var child = (await h.Get<IChildrenService>().GetChildrenAsync(Actor.Admin)).Single(c => c.Name == "王小明");
        var stored = await h.Get<ILetterService>().ListAsync(Actor.Admin, child.Id) ?? [];
        var toChild = stored.Where(l => l.Direction == LetterDirection.ToChild).ToList();
        Assert.Equal([false, true], toChild.Select(l => l.ReadToChildAt is not null));
        Assert.DoesNotContain("11月19日写的信读给", dad.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letters_come_newest_first_one_at_a_time_and_a_photo_letter_arrives_as_an_image()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        await WriteLetterAsync(dad, "第一封：小明要听爷爷的话。");
        h.Time.Advance(TimeSpan.FromDays(1));
        var child = (await h.Get<IChildrenService>().GetChildrenAsync(Actor.Admin)).Single(c => c.Name == "王小明");
        var family = (await h.Get<IChildrenService>().GetFamilyAsync(Actor.Admin, child.Id))!;
        var father = family.Parents.Single(p => p.Name == "王建军");
        await h.Get<ILetterService>().WriteAsync(Actor.Parent(father.Id), child.Id, LetterDirection.ToChild, null, "https://files.invalid/drawing.png", "image/png");
        grandpa.AllReplies();

        await grandpa.SendAsync("读信 小明");
        Assert.Equal("王建军写给王小明的信，11月20日（第1封，共3封）：\n（请看照片）", grandpa.Reply());
        var image = Assert.Single(grandpa.LastActivity!.Attachments ?? []);
        Assert.Equal(("image/png", "https://files.invalid/drawing.png"), (image.ContentType, image.ContentUrl));
        Assert.Equal(AskRead, grandpa.Reply());
        await grandpa.SendAsync("下一封");
        Assert.Equal("王建军写给王小明的信，11月19日（第2封，共3封）：\n第一封：小明要听爷爷的话。", grandpa.Reply());
        Assert.Equal(AskRead, grandpa.Reply());
        await grandpa.SendAsync("2");
        Assert.StartsWith("王建军写给王小明的信，11月7日（第3封，共3封）：\n小明：爸爸在深圳一切都好。", grandpa.Reply());
        Assert.Equal(AskRead, grandpa.Reply());
        await grandpa.SendAsync("下一封");
        Assert.Equal("没有更早的信了。", grandpa.Reply());
        Assert.Empty(dad.AllReplies());
    }

    [Fact]
    public async Task The_button_under_a_delivered_letter_marks_it_read_to_the_child_and_the_father_is_told_once()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        await WriteLetterAsync(dad, "小明，天冷了多穿衣服。");
        Assert.StartsWith("王建军给王小明写了一封两地书", grandpa.Reply());
        var button = Assert.Single(grandpa.LastActivity!.SuggestedActions!.Actions ?? []);
        Assert.Equal("已读给王小明听", button.Title);

        await grandpa.SendAsync("已读给王小明听");
        Assert.Equal("好，记下了，会告诉王建军。", grandpa.Reply());
        await grandpa.SendAsync("已讀給王小明聽了");
        Assert.Equal("這封信已經記下讀過了。", grandpa.Reply());

        Assert.Equal("王德福已经把您11月19日写的信读给王小明听了。", dad.AllReplies());
    }

    [Fact]
    public async Task With_two_unread_letters_the_button_under_the_older_one_marks_that_letter_and_only_its_writer_is_told()
    {
        // #12: the button carried only 已读给王小明听, so under two unread letters it marked the newest (the father's)
        // whichever the grandfather tapped, and told the wrong parent. Its value now carries the letter's id.
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        var mum = await h.BoundPhoneAsync("mum", ConversationHarness.Mother);
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        await WriteLetterAsync(mum, "小明，妈妈给你织了一件毛衣。");
        Assert.StartsWith("刘丽给王小明写了一封两地书", grandpa.Reply());
        var older = Assert.Single(grandpa.LastActivity!.SuggestedActions!.Actions ?? []);
        h.Time.Advance(TimeSpan.FromHours(3));
        await WriteLetterAsync(dad, "小明，爸爸过年回家，给你带新书包。");
        Assert.StartsWith("王建军给王小明写了一封两地书", grandpa.Reply());
        var newer = Assert.Single(grandpa.LastActivity!.SuggestedActions!.Actions ?? []);
        Assert.Equal("已读给王小明听", older.Title);
        Assert.Equal(older.Title, newer.Title);
        var olderValue = older.Value?.GetString();
        Assert.NotEqual(olderValue, newer.Value?.GetString());
        mum.AllReplies();
        dad.AllReplies();

        await grandpa.SendAsync(olderValue);
        Assert.Equal("好，记下了，会告诉刘丽。", grandpa.Reply());
        Assert.Empty(grandpa.AllReplies());

        Assert.Equal("王德福已经把您11月19日写的信读给王小明听了。", mum.AllReplies());
        Assert.Empty(dad.AllReplies());
        var child = (await h.Get<IChildrenService>().GetChildrenAsync(Actor.Admin)).Single(c => c.Name == "王小明");
        var stored = (await h.Get<ILetterService>().ListAsync(Actor.Admin, child.Id) ?? []).Where(l => l.Direction == LetterDirection.ToChild).ToList();
        Assert.Equal([("王建军", false), ("刘丽", true), ("王建军", false)], stored.Select(l => (l.Author!.Name, l.ReadToChildAt is not null)));

        // The same button again: kept before, nobody told twice.
        await grandpa.SendAsync(olderValue);
        Assert.Equal("这封信已经记下读过了。", grandpa.Reply());
        Assert.Empty(mum.AllReplies());
    }

    [Fact]
    public async Task A_button_naming_a_letter_the_reader_may_not_mark_opens_the_letters_instead_of_marking_another()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        await WriteLetterAsync(dad, "小明，天冷了多穿衣服。");
        grandpa.AllReplies();

        await grandpa.SendAsync("已读给王小明听 #999999");
        Assert.StartsWith("王建军写给王小明的信，11月19日（第1封，共2封）", grandpa.Reply());
        Assert.Equal(AskRead, grandpa.Reply());
        var child = (await h.Get<IChildrenService>().GetChildrenAsync(Actor.Admin)).Single(c => c.Name == "王小明");
        var stored = await h.Get<ILetterService>().ListAsync(Actor.Admin, child.Id) ?? [];
        Assert.All(stored, l => Assert.Null(l.ReadToChildAt));
        Assert.Empty(dad.AllReplies());
    }

    [Fact]
    public async Task A_guardian_with_no_letters_is_told_so_in_one_sentence()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var aunt = await h.BoundPhoneAsync("gugu", ConversationHarness.Aunt);

        await aunt.SendAsync("看信");
        Assert.Equal("还没有给张浩然的信。", aunt.Reply());
    }
}
