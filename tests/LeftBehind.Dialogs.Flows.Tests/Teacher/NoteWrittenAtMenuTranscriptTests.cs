using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the paired teacher 王芳 in Chromium at 390×844: 「小红这周很开心 和同学处得好」 sent at the menu opened a
/// note for 王小红 and asked its category, but the sentence itself was dropped and asked for again (请写记录内容。). A note
/// written at the menu with the child's name in it is kept; a request for a note ("给小红写个记录") is still only a request.
/// </summary>
public sealed class NoteWrittenAtMenuTranscriptTests
{
    [Fact]
    public async Task A_note_written_at_the_menu_is_kept()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");

        await wang.SendAsync("小红这周很开心 和同学处得好");
        Assert.StartsWith("您写的内容先记下了。属于哪一类？", wang.AllReplies(), StringComparison.Ordinal);
        await wang.SendAsync("情绪");
        wang.AllReplies();
        await wang.SendAsync("1");

        Assert.Equal("记录已保存（情绪，家长可以看）。", wang.AllReplies());
        var note = Assert.Single((await h.Get<INoteService>().GetAsync(Actor.Admin, (await h.ChildAsync("王小红")).Id, NoteCategory.Emotion))!.Items);
        Assert.Equal("小红这周很开心 和同学处得好", note.Text);
    }

    [Fact]
    public async Task A_request_for_a_note_is_not_the_note()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");

        await wang.SendAsync("给小红写个记录");

        Assert.StartsWith("属于哪一类？", wang.AllReplies(), StringComparison.Ordinal);
    }
}
