using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

public sealed class CareServiceTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_guardian_gap_is_opened_once_and_closed_by_the_entrusted_guardian_the_parents_name(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var care = h.Get<ICareService>();
        var family = (await h.Get<IChildrenService>().GetFamilyAsync(Actor.Admin, s.Ming))!;

        var first = await care.OpenGuardianGapAsync(Actor.Guardian(family.Guardian!.Id), s.Ming, "爷爷住院了", "care");
        var again = await care.OpenGuardianGapAsync(Actor.Guardian(family.Guardian.Id), s.Ming, "还在医院", "care");
        Assert.True(first.IsNew);
        Assert.False(again.IsNew);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal([family.HeadTeacher!.Id], first.Staff.Select(p => p.Id));

        await Assert.ThrowsAsync<ArchiveException>(() => care.RecordGuardianAsync(Actor.Guardian(family.Guardian.Id), s.Ming,
            new EntrustmentInput("王桂芳", null, "姑姑", new DateOnly(2026, 11, 1), EntrustmentNotice.Chat)));
        var saved = await care.RecordGuardianAsync(Actor.Parent(family.Mother!.Id), s.Ming, new EntrustmentInput("王桂芳", "13907310099", "姑姑", new DateOnly(2026, 11, 1), EntrustmentNotice.Written));
        Assert.Equal(1, saved.ConcernsClosed);
        Assert.Empty(await care.GetOpenConcernsAsync(Actor.Admin));
    }

    [Theory]
    [InlineData("Sqlite")]
    public async Task Only_the_childs_teachers_keep_and_read_the_weekly_talk_and_erasure_removes_what_was_written(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var care = h.Get<ICareService>();
        var ming = (await h.Get<IChildrenService>().GetFamilyAsync(Actor.Admin, s.Ming))!;
        var mingClass = (await h.Get<IChildrenService>().GetChildAsync(Actor.Admin, s.Ming))!.ClassId;
        var other = (await h.Get<IChildrenService>().GetChildrenAsync(Actor.Admin)).First(c => c.ClassId != mingClass);
        var stranger = (await h.Get<IChildrenService>().GetFamilyAsync(Actor.Admin, other.Id))!.HeadTeacher!;
        var input = new WeeklyTalkInput(new DateOnly(2026, 11, 16), TalkMark.Good, TalkMark.Good, TalkMark.NeedsCare, TalkMark.Good, TalkMark.Good, "有点想妈妈", HeldBack: false);

        await Assert.ThrowsAsync<ArchiveException>(() => care.RecordTalkAsync(Actor.Parent(ming.Mother!.Id), s.Ming, input));
        await Assert.ThrowsAsync<ArchiveException>(() => care.RecordTalkAsync(Actor.Teacher(stranger.Id), s.Ming, input));
        var result = await care.RecordTalkAsync(Actor.Teacher(ming.PairedTeacher!.Id), s.Ming, input);
        Assert.Null(result.Concern);
        Assert.Equal([ming.Father!.Id, ming.Mother!.Id], result.Parents.Select(p => p.Id));
        Assert.Empty(await care.GetTalksAsync(Actor.Teacher(stranger.Id), s.Ming, 10));
        Assert.Empty(await care.GetTalksAsync(Actor.Parent(ming.Mother!.Id), s.Ming, 10));

        Assert.True(await h.Get<IChildRightsService>().EraseAsync(s.Ming));
        await using var db = h.Db();
        Assert.Null((await db.WeeklyTalks.SingleAsync(t => t.ChildId == s.Ming)).Note);
    }
}
