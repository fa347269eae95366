using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the head teacher 李红梅 through the WeChat simulator: "写记录 小明今天上课很认真" at her menu was
/// answered 写哪个学生的记录？ with the whole class listed, though she had named the child and written the note. The
/// request with the note in it is taken as the note about that child, as the same sentence is at 写哪个学生的记录？.
/// </summary>
public sealed class NoteInRequestTranscriptTests
{
    private const string Categories = "\n1. 学习\n2. 行为\n3. 情绪\n4. 健康\n5. 安全";

    [Theory]
    [InlineData("写记录 小明今天上课很认真", "小明今天上课很认真")]
    [InlineData("写记录：王小明今天上课很认真", "王小明今天上课很认真")]
    public async Task A_note_written_in_the_request_is_kept_for_the_child_it_names(string request, string note)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");

        await li.SendAsync(request);
        Assert.Equal("您写的内容先记下了。属于哪一类？" + Categories, li.Reply());
        await li.SendAsync("1");
        Assert.StartsWith("谁可以看？", li.Reply(), StringComparison.Ordinal);
        await li.SendAsync("1");
        Assert.Equal("记录已保存（学习，家长可以看）。", li.Reply());

        var saved = (await h.Get<INoteService>().GetAsync(Actor.Admin, (await h.ChildAsync("王小明")).Id))!.Items[0];
        Assert.Equal(note, saved.Text);
    }

    [Fact]
    public async Task The_request_alone_still_asks_which_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");

        await li.SendAsync("写记录");
        Assert.StartsWith("写哪个学生的记录？", li.Reply(), StringComparison.Ordinal);
    }
}
