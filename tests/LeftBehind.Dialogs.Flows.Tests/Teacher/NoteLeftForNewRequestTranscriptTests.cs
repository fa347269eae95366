using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the head teacher in Chromium at 390×844: her message for the parents was kept (您写的内容先记下了。属于哪一类？),
/// she typed 记谈心 there, and the weekly talk began; the note was gone without a word. A note left for a new request
/// is now said not saved, so she knows to write it again.
/// </summary>
public sealed class NoteLeftForNewRequestTranscriptTests
{
    [Fact]
    public async Task A_kept_note_left_for_another_request_is_said_not_saved()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");

        await li.SendAsync("给小明家长留言：小明这周作业完成得很好，请多鼓励");
        Assert.StartsWith("您写的内容先记下了。属于哪一类？", li.AllReplies(), StringComparison.Ordinal);

        await li.SendAsync("记谈心");
        var said = li.AllReplies();
        Assert.StartsWith("刚才写的记录没有保存。", said, StringComparison.Ordinal);
        Assert.Contains("谈心", said, StringComparison.Ordinal);
    }
}
