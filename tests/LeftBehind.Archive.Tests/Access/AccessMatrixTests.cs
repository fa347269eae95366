using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

/// <summary>Every role × every kind of record × own vs other family: allowed or refused, and always audited.</summary>
public sealed class AccessMatrixTests
{
    private static readonly string[] Kinds = ["child", "family", "attendance", "notes", "letters", "questions", "calls"];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Each_role_sees_exactly_its_own_children_and_every_read_is_audited(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        // (who, own child, other family's child); admin sees both.
        var cases = new (string Who, Actor Actor, int Own, int Other, bool OtherAllowed)[]
        {
            ("father", s.Father, s.Ming, s.Junjie, false),
            ("mother", s.Mother, s.Hong, s.Haoran, false),
            ("grandparent guardian", s.Grandpa, s.Ming, s.Haoran, false),
            ("relative guardian", s.Aunt, s.Haoran, s.Ming, false),
            ("head teacher", s.HeadTeacherA, s.Haoran, s.Junjie, false),
            ("paired teacher", s.PairedTeacherB, s.Lei, s.Ming, false),
            ("admin", Actor.Admin, s.Ming, s.Junjie, true),
        };
        foreach (var c in cases)
        {
            foreach (var kind in Kinds)
            {
                await AssertReadAsync(h, c.Actor, c.Own, kind, expected: true, $"{c.Who} / {kind} / own");
                await AssertReadAsync(h, c.Actor, c.Other, kind, expected: c.OtherAllowed, $"{c.Who} / {kind} / other");
            }
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Parents_see_parent_visible_notes_only_and_staff_see_all(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var notes = h.Get<INoteService>();
        var forParent = await notes.GetAsync(s.Father, s.Ming, pageSize: 10);
        var forGuardian = await notes.GetAsync(s.Grandpa, s.Ming, pageSize: 10);
        var forTeacher = await notes.GetAsync(s.PairedTeacherA, s.Ming, pageSize: 10);
        Assert.Equal(2, forParent!.Total);
        Assert.All(forParent.Items, n => Assert.Equal(NoteVisibility.Parents, n.Visibility));
        Assert.Equal(2, forGuardian!.Total);
        Assert.Equal(3, forTeacher!.Total);
        Assert.True(forParent.Items[0].CreatedAt > forParent.Items[1].CreatedAt, "newest first");
        var study = await notes.GetAsync(s.Father, s.Ming, NoteCategory.Study);
        Assert.Equal(NoteCategory.Study, Assert.Single(study!.Items).Category);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_family_link_opens_the_child_only_in_its_own_role(string provider)
    {
        // The family's reads are compiled queries beside Visible's rule (issue 16): both must keep parents and guardians apart.
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var grandpaAsParent = Actor.Parent(s.Grandpa.PersonId!.Value);
        var fatherAsGuardian = Actor.Guardian(s.Father.PersonId!.Value);
        foreach (var kind in Kinds)
        {
            await AssertReadAsync(h, grandpaAsParent, s.Ming, kind, expected: false, $"guardian acting as a parent / {kind}");
            await AssertReadAsync(h, fatherAsGuardian, s.Ming, kind, expected: false, $"father acting as a guardian / {kind}");
        }
        await Assert.ThrowsAsync<ArchiveException>(() => h.Get<IQuestionService>().AskAsync(grandpaAsParent, s.Ming, "他最近怎么样？"));
        await Assert.ThrowsAsync<ArchiveException>(() => h.Get<IQuestionService>().AskAsync(fatherAsGuardian, s.Ming, "他最近怎么样？"));
        Assert.NotNull(await h.Get<IAttendanceService>().GetAsync(s.Grandpa, s.Ming, new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public async Task A_refused_read_looks_exactly_like_a_child_that_does_not_exist()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var attendance = h.Get<IAttendanceService>();
        var day = new DateOnly(2026, 11, 2);
        var notMine = await attendance.GetAsync(s.Father, s.Junjie, day, day.AddDays(7));
        var missing = await attendance.GetAsync(s.Father, 999_999, day, day.AddDays(7));
        Assert.Null(notMine);
        Assert.Null(missing);
        var ask = await Assert.ThrowsAsync<ArchiveException>(() => h.Get<IQuestionService>().AskAsync(s.Father, s.Junjie, "他最近怎么样？"));
        var ask2 = await Assert.ThrowsAsync<ArchiveException>(() => h.Get<IQuestionService>().AskAsync(s.Father, 999_999, "他最近怎么样？"));
        Assert.Equal(ask2.Error, ask.Error);
        Assert.Equal(ask2.Message, ask.Message);
        var audit = await h.Get<IAuditLog>().ForChildAsync(s.Junjie);
        Assert.Contains(audit, a => a.ActorPersonId == s.Father.PersonId && !a.Allowed && a.Action == "attendance.read");
        Assert.Contains(audit, a => a.ActorPersonId == s.Father.PersonId && !a.Allowed && a.Action == "question.ask");
    }

    [Fact]
    public async Task Children_lists_follow_the_policy_for_each_role()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var children = h.Get<IChildrenService>();
        Assert.Equal(["王小明", "王小红"], (await children.GetChildrenAsync(s.Father)).Select(c => c.Name).ToArray());
        Assert.Equal(["王小明", "王小红"], (await children.GetChildrenAsync(s.Grandpa)).Select(c => c.Name).ToArray());
        Assert.Equal(6, (await children.GetChildrenAsync(s.HeadTeacherA)).Count);
        Assert.Equal(["孙磊", "马婷婷"], (await children.GetChildrenAsync(s.PairedTeacherB)).Select(c => c.Name).ToArray());
        Assert.Equal(12, (await children.GetChildrenAsync(Actor.Admin)).Count);
        Assert.Empty(await children.GetChildrenAsync(new Actor(ActorRole.Parent, null)));
        var classes = await children.GetClassesAsync(s.HeadTeacherA);
        Assert.Equal("三年级(1)班", Assert.Single(classes).Name);
        Assert.Empty(await children.GetClassesAsync(s.Father));
    }

    private static async Task AssertReadAsync(ArchiveHarness h, Actor actor, int childId, string kind, bool expected, string label)
    {
        var from = new DateOnly(2026, 10, 1);
        var to = new DateOnly(2026, 11, 30);
        object? result = kind switch
        {
            "child" => await h.Get<IChildrenService>().GetChildAsync(actor, childId),
            "family" => await h.Get<IChildrenService>().GetFamilyAsync(actor, childId),
            "attendance" => await h.Get<IAttendanceService>().GetAsync(actor, childId, from, to),
            "notes" => await h.Get<INoteService>().GetAsync(actor, childId),
            "letters" => await h.Get<ILetterService>().ListAsync(actor, childId),
            "questions" => await h.Get<IQuestionService>().ListForChildAsync(actor, childId),
            _ => await h.Get<ICallHomeService>().UpcomingAsync(actor, childId),
        };
        Assert.True(expected == result is not null, $"{label}: expected {(expected ? "allowed" : "refused")}");
        await h.Get<LeftBehind.Archive.Access.AuditWriter>().FlushAsync();
        await using var db = h.Db();
        var last = await db.Audit.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(childId, last.ChildId);
        Assert.Equal(actor.PersonId, last.ActorPersonId);
        Assert.Equal(actor.Role, last.ActorRole);
        Assert.True(expected == last.Allowed, $"{label}: audit entry says {(last.Allowed ? "allowed" : "refused")}");
    }
}
