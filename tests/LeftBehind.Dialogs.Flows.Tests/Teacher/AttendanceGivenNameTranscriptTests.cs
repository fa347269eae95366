using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Tests.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the head teacher 李红梅: "缺：小明" (the given name, as the class says it) was refused with
/// "这些名字不在本班：小明" and nothing was recorded. A given name that is exactly one child of the class is that child;
/// when two children share it, she is asked which one, by their full names, and nothing is written until she says.
/// </summary>
public sealed class AttendanceGivenNameTranscriptTests
{
    private static async Task<Phone> BoundHeadTeacherAsync(ConversationHarness h)
    {
        var li = h.NewPhone("li");
        await li.SendAsync(ConversationHarness.HeadTeacher);
        li.AllReplies();
        return li;
    }

    [Fact]
    public async Task The_given_name_of_one_child_in_the_class_records_that_child_absent()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await BoundHeadTeacherAsync(h);

        await li.SendAsync("缺：小明");
        Assert.Equal("已记录：三年级(1)班到5人，缺勤1人：王小明。", li.Reply());
        li.NoMoreReplies();
        Assert.Equal(AttendanceStatus.Absent, await h.StatusAsync("王小明", h.Today));
        Assert.Equal(AttendanceStatus.Present, await h.StatusAsync("王小红", h.Today));
    }

    [Fact]
    public async Task A_given_name_two_children_share_is_asked_about_by_full_name_and_nothing_is_written_until_she_says()
    {
        await using var h = await ConversationHarness.CreateAsync();
        await using (var db = await h.Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync())
        {
            var ming = await db.Children.SingleAsync(c => c.Name == "王小明");
            db.Children.Add(new Child
            {
                SchoolId = ming.SchoolId, ClassId = ming.ClassId, StudentNumber = "2023099", Name = "李小明",
                CreatedAt = h.Time.GetUtcNow(), UpdatedAt = h.Time.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }
        var li = await BoundHeadTeacherAsync(h);

        await li.SendAsync("缺：小明");
        Assert.Equal("「小明」是哪一位：王小明、李小明？请写全名。\n考勤没有记录，请改好后再发一次。", li.Reply());
        Assert.StartsWith("三年级(1)班", li.Reply(), StringComparison.Ordinal);
        Assert.Null(await h.StatusAsync("王小明", h.Today));

        await li.SendAsync("缺：李小明");
        Assert.Equal("已记录：三年级(1)班到6人，缺勤1人：李小明。", li.Reply());
        Assert.Equal(AttendanceStatus.Absent, await h.StatusAsync("李小明", h.Today));
        Assert.Equal(AttendanceStatus.Present, await h.StatusAsync("王小明", h.Today));
    }
}
