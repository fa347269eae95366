using LeftBehind.Tests.Conversations;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found by an earlier play session (the father at his letter's last look): a question typed at the preview
/// ("1. 寄出  2. 重写  3. 不寄了") was answered and the letter was dropped (刚才写的信没有寄出。). What a parent wrote on a
/// shift break is never lost: the question is answered, the letter is kept unsent, and 寄信 brings it back to be sent.
/// </summary>
public sealed class LetterKeptAtPreviewTranscriptTests
{
    [Fact]
    public async Task A_question_at_the_letters_last_look_is_answered_and_the_letter_is_kept_to_be_sent_after()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("给小明写信：小明，爸爸想你了");
        dad.AllReplies();
        await dad.SendAsync("写好了");
        Assert.StartsWith("给王小明的信：", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();

        await dad.SendAsync("小红这个月上学了吗");
        Assert.Equal("写给王小明的信先替您留着，还没有寄出；要寄时回复「寄信」。", dad.Reply());
        Assert.StartsWith("王小红这个月（11月1日到11月19日）：", dad.Reply(), StringComparison.Ordinal);
        dad.AllReplies();

        await dad.SendAsync("寄信");
        Assert.Equal("给王小明的信：\n——\n小明，爸爸想你了\n——\n1. 寄出  2. 重写  3. 不寄了", dad.Reply());
        await dad.SendAsync("1");
        Assert.StartsWith("信已经寄出", dad.Reply(), StringComparison.Ordinal);

        var school = await DemoSchool.LoadAsync(h);
        Assert.Single(await h.Get<ILetterService>().ListAsync(Actor.Parent(school.Father), school.Ming) ?? [],
            l => l.Text == "小明，爸爸想你了");
    }

    [Fact]
    public async Task A_letter_kept_unsent_and_then_discarded_is_gone()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("给小明写信：小明，爸爸想你了");
        dad.AllReplies();
        await dad.SendAsync("写好了");
        dad.AllReplies();
        await dad.SendAsync("小红这个月上学了吗");
        dad.AllReplies();

        await dad.SendAsync("寄信");
        Assert.StartsWith("给王小明的信：", dad.Reply(), StringComparison.Ordinal);
        await dad.SendAsync("3");
        Assert.Equal("好的，信没有寄出。", dad.Reply());
        await dad.SendAsync("给小明写信");
        Assert.Equal("两地书：给王小明写一封新信，还是看看往来的信？", dad.Reply());
    }
}
