using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the head teacher 李红梅 at 390×844: at 写哪个学生的记录？ she answered with the note itself,
/// "王小明今天上课很认真，通知家长表扬一下"; 王小明 was chosen and the rest of the sentence was dropped, to be asked for
/// again after the category and who may read it. The words beside the name are kept as the note (as a parent's
/// question beside the child's name is); a name alone still only chooses.
/// </summary>
public sealed class NoteBesideNameTranscriptTests
{
    private const string Categories = "\n1. 学习\n2. 行为\n3. 情绪\n4. 健康\n5. 安全";

    [Fact]
    public async Task A_note_written_with_the_childs_name_at_which_child_is_kept_and_not_asked_for_again()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("写记录");
        Assert.StartsWith("写哪个学生的记录？", li.Reply(), StringComparison.Ordinal);

        await li.SendAsync("王小明今天上课很认真，通知家长表扬一下");
        Assert.Equal("您写的内容先记下了。属于哪一类？" + Categories, li.Reply());
        await li.SendAsync("1");
        Assert.StartsWith("谁可以看？", li.Reply(), StringComparison.Ordinal);
        await li.SendAsync("1");
        Assert.Equal("记录已保存（学习，家长可以看）。", li.Reply());
        li.NoMoreReplies();

        var note = (await h.Get<INoteService>().GetAsync(Actor.Admin, (await h.ChildAsync("王小明")).Id))!.Items[0];
        Assert.Equal("王小明今天上课很认真，通知家长表扬一下", note.Text);
    }

    [Theory]
    [InlineData("王小明")]
    [InlineData("小明")]
    [InlineData("1")]
    public async Task The_childs_name_alone_only_chooses(string answer)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("写记录");
        li.Reply();

        await li.SendAsync(answer);
        Assert.Equal("属于哪一类？" + Categories, li.Reply());
    }
}
