using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Left open by the last round: while the father wrote the monthly letter, 老师最近说啥了没 was written into the letter
/// to the child as one more line. A message that plainly asks the service something about the child (the teacher's
/// notes, attendance, a question for the teacher), in the third person, is answered instead, and the letter written so
/// far is kept and taken up again with 写信. What a letter asks the child (你最近好吗？ 想爸爸了吗？) stays in the letter.
/// </summary>
public sealed class QuestionWhileWritingLetterTranscriptTests
{
    private static async Task<Phone> WritingAsync(ConversationHarness h)
    {
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("写两地书");
        Assert.Equal("写给哪个孩子？", dad.Reply());
        await dad.SendAsync("小明，爸爸在厂里一切都好，你要听爷爷的话");
        Assert.Equal("收到（已写 20 字）。继续写，写完回复「写好了」。", dad.Reply());
        return dad;
    }

    [Theory]
    [InlineData("老师最近说啥了没")]
    [InlineData("小明这周上学了吗")]
    public async Task A_question_to_the_service_while_writing_is_answered_and_the_letter_is_kept_to_go_on_with(string question)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await WritingAsync(h);

        await dad.SendAsync(question);
        Assert.Equal("写给王小明的信还没写完，先替您留着（已写 20 字）；回复「写信」接着写。", dad.Reply());
        var answer = dad.AllReplies();
        Assert.DoesNotContain("收到（已写", answer, StringComparison.Ordinal);

        await dad.SendAsync("写信");
        Assert.Equal("接着写给王小明的信（已写 20 字），写完回复「写好了」。", dad.Reply());
        await dad.SendAsync("好好学习");
        Assert.Equal("收到（已写 24 字）。继续写，写完回复「写好了」。", dad.Reply());
        await dad.SendAsync("写好了");
        Assert.Equal("给王小明的信：\n——\n小明，爸爸在厂里一切都好，你要听爷爷的话\n好好学习\n——\n1. 寄出  2. 重写  3. 不寄了", dad.Reply());

        var school = await DemoSchool.LoadAsync(h);
        Assert.DoesNotContain(await h.Get<ILetterService>().ListAsync(Actor.Parent(school.Father), school.Ming) ?? [],
            l => l.Text?.Contains(question, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_kept_unfinished_letter_is_shown_for_sending_with_a_word_for_sending()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await WritingAsync(h);
        await dad.SendAsync("小明这周上学了吗");
        Assert.Equal("写给王小明的信还没写完，先替您留着（已写 20 字）；回复「写信」接着写。", dad.Reply());
        Assert.StartsWith("王小明这周", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();

        await dad.SendAsync("寄信");
        Assert.Equal("给王小明的信：\n——\n小明，爸爸在厂里一切都好，你要听爷爷的话\n——\n1. 寄出  2. 重写  3. 不寄了", dad.Reply());
    }

    [Theory]
    [InlineData("你最近好吗？")]
    [InlineData("想爸爸了吗？")]
    [InlineData("在学校听老师的话了吗？")]
    [InlineData("作业写完了吗")]
    [InlineData("老师说你进步了")]
    [InlineData("这周上学了吗？爸爸想知道")]
    [InlineData("小明，这周上学了吗？")]
    public async Task What_the_letter_asks_the_child_goes_into_the_letter(string line)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await WritingAsync(h);

        await dad.SendAsync(line);
        Assert.StartsWith("收到（已写 ", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();
        await dad.SendAsync("写好了");
        Assert.Contains(line, dad.Reply(), StringComparison.Ordinal);
    }
}
