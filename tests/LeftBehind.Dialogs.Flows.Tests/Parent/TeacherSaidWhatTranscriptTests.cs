using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Left open by the play sessions: the father asking 「老师最近说啥了没」 was taken for a question to pass to the teacher
/// (问哪个孩子？ … 想问老师什么？), or with the notes asked which kind. What the teacher said is the teachers' notes, all
/// of them: only the child is asked. Asking the teacher something (帮我问问老师…) still goes to the teacher.
/// </summary>
public sealed class TeacherSaidWhatTranscriptTests
{
    [Theory]
    [InlineData("老师最近说啥了没")]
    [InlineData("老师有没有说什么")]
    [InlineData("老师最近说了些啥")]
    public async Task Asking_what_the_teacher_said_shows_every_recent_note(string asked)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var demo = await DemoSchool.LoadAsync(h);
        await h.Get<INoteService>().WriteAsync(Actor.Teacher(demo.HeadTeacher), demo.Ming, NoteCategory.Health, NoteKind.Note, NoteVisibility.Parents, "这两天有点咳嗽，多喝水。");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");

        await dad.SendAsync(asked);
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("小明");
        var shown = dad.AllReplies();
        Assert.Contains("【健康】", shown, StringComparison.Ordinal);
        Assert.Contains("【学习】", shown, StringComparison.Ordinal);
    }

    /// <summary>Found playing the mother in English at 390×844: the same question in English was asked which notes.</summary>
    [Fact]
    public async Task Asking_in_english_what_the_teacher_said_shows_every_recent_note()
    {
        await using var h = await ConversationHarness.CreateAsync(locale: "en-US");
        var mum = h.NewPhone("mum");
        await mum.SendAsync("MAMA45");
        mum.AllReplies();
        await mum.SendAsync("what did the teacher say lately");
        Assert.Equal("Which child?", mum.Reply());
        await mum.SendAsync("1");
        Assert.StartsWith("Notes about 王小明", mum.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Naming_the_child_shows_the_notes_at_once()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("小明老师最近说啥了没");
        Assert.StartsWith("王小明的老师评语", dad.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_the_teacher_to_say_something_still_goes_to_the_teacher()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("帮我问问老师小明说啥时候开家长会");
        Assert.DoesNotContain("评语", dad.AllReplies(), StringComparison.Ordinal);
    }
}
