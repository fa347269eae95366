using LeftBehind.Archive.Access;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

/// <summary>
/// The archive's query services for the scheduler read through the access policy as the scheduler: an erased child's
/// family and records, and erased people, are never returned, and every child-data read is audited.
/// </summary>
public sealed class SchedulerQueriesTests
{
    private static readonly DateOnly Today = new(2026, 11, 16);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Family_members_leave_out_erased_children_and_people_and_the_read_is_audited_as_the_scheduler(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var families = h.Get<IFamilyQueries>();
        var before = await families.GetMembersAsync(FamilyQuery.All);
        Assert.Contains(before, m => m.ChildId == s.Hong);
        Assert.Contains(before, m => m.PersonId == s.Mother.PersonId);

        await EraseChildAsync(h, s.Hong);
        await using (var db = h.Db())
        {
            await db.Persons.Where(p => p.Id == s.Mother.PersonId).ExecuteUpdateAsync(u => u.SetProperty(p => p.ErasedAt, h.Time.GetUtcNow()));
        }

        var all = await families.GetMembersAsync(FamilyQuery.All);
        Assert.DoesNotContain(all, m => m.ChildId == s.Hong);
        Assert.DoesNotContain(all, m => m.PersonId == s.Mother.PersonId);
        Assert.Contains(all, m => m.ChildId == s.Ming && m.PersonId == s.Father.PersonId && m.IsParent);
        Assert.Contains(all, m => m.ChildId == s.Ming && m.PersonId == s.Grandpa.PersonId && !m.IsParent);

        var parents = await families.GetMembersAsync(FamilyQuery.Parents);
        Assert.NotEmpty(parents);
        Assert.All(parents, m => Assert.True(m.IsParent));
        Assert.Equal(all.Where(m => m.IsParent).OrderBy(m => (m.ChildId, m.PersonId)), parents.OrderBy(m => (m.ChildId, m.PersonId)));

        var ming = await families.GetMembersAsync(new FamilyQuery([s.Ming, s.Hong]));
        Assert.NotEmpty(ming);
        Assert.All(ming, m => Assert.Equal(s.Ming, m.ChildId));

        Assert.Equal([s.Ming], (await families.GetClassesAsync([s.Ming, s.Hong])).Keys);
        Assert.DoesNotContain(s.Mother.PersonId!.Value, (await families.GetRegisteredAtAsync([s.Father.PersonId!.Value, s.Mother.PersonId.Value])).Keys);

        await h.Get<AuditWriter>().FlushAsync();
        await using var check = h.Db();
        var audits = await check.Audit.Where(a => a.Action == "scheduler.family").ToListAsync();
        Assert.Equal(4, audits.Count);
        Assert.All(audits, a => Assert.Equal(ActorRole.Scheduler, a.ActorRole));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Absences_without_leave_are_those_of_visible_children_only(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        await using (var db = h.Db())
        {
            foreach (var child in new[] { s.Ming, s.Hong, s.Junjie })
                db.Attendance.Add(new AttendanceRecord { ChildId = child, Date = Today, Status = AttendanceStatus.Absent, RecordedAt = h.Time.GetUtcNow() });
            db.LeaveRequests.Add(new LeaveRequest { ChildId = s.Junjie, RequestedById = s.Aunt.PersonId!.Value, From = Today, To = Today, Status = AttendanceStatus.Absent, CreatedAt = h.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }
        var records = h.Get<IRecordQueries>();
        Assert.Equal(new[] { s.Hong, s.Ming }.Order(), (await records.GetAbsentWithoutLeaveAsync(Today)).Order());

        await EraseChildAsync(h, s.Hong);
        Assert.Equal([s.Ming], await records.GetAbsentWithoutLeaveAsync(Today));
        var month = await records.GetMonthlyActivityAsync(Today.AddDays(-15), Today.AddDays(15), h.Time.GetUtcNow().AddDays(-15), h.Time.GetUtcNow().AddDays(15));
        Assert.Equal(1, month.Attendance[(s.Ming, AttendanceStatus.Absent)]);
        Assert.False(month.Attendance.ContainsKey((s.Hong, AttendanceStatus.Absent)));

        await h.Get<AuditWriter>().FlushAsync();
        await using var check = h.Db();
        Assert.Equal(3, await check.Audit.CountAsync(a => a.ActorRole == ActorRole.Scheduler && (a.Action == "scheduler.attendance" || a.Action == "scheduler.monthly")));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Escalation_levels_are_raised_never_lowered_and_call_reminders_keep_their_first_mark(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var now = h.Time.GetUtcNow();
        int low, high, booking, marked;
        await using (var db = h.Db())
        {
            var a = new Question { ChildId = s.Ming, AskedById = s.Father.PersonId!.Value, Text = "q1", CreatedAt = now.AddHours(-30), EscalationLevel = 0 };
            var b = new Question { ChildId = s.Ming, AskedById = s.Father.PersonId!.Value, Text = "q2", CreatedAt = now.AddHours(-30), EscalationLevel = 2 };
            var c = new CallBooking { ChildId = s.Ming, ParentId = s.Father.PersonId!.Value, ScheduledAt = now.AddMinutes(20), Status = CallBookingStatus.Confirmed, CreatedAt = now };
            var d = new CallBooking { ChildId = s.Ming, ParentId = s.Father.PersonId!.Value, ScheduledAt = now.AddMinutes(25), Status = CallBookingStatus.Proposed, CreatedAt = now, ReminderQueuedAt = now.AddHours(-1) };
            db.AddRange(a, b, c, d);
            await db.SaveChangesAsync();
            (low, high, booking, marked) = (a.Id, b.Id, c.Id, d.Id);
        }
        var records = h.Get<IRecordQueries>();

        var overdue = await records.GetOverdueQuestionsAsync(now.AddHours(-24), now.AddMinutes(-10));
        Assert.Equal([low, high], overdue.Select(q => q.Id).Order());
        await records.RaiseEscalationAsync(new Dictionary<int, int> { [low] = 1, [high] = 1 });

        var due = await records.GetCallBookingsDueAsync(now, now.AddMinutes(30));
        Assert.Equal([booking, marked], due.Select(x => x.Id).Order());
        await records.MarkCallRemindersQueuedAsync([booking, marked], now);

        await using var check = h.Db();
        Assert.Equal(1, await check.Questions.Where(q => q.Id == low).Select(q => q.EscalationLevel).SingleAsync());
        Assert.Equal(2, await check.Questions.Where(q => q.Id == high).Select(q => q.EscalationLevel).SingleAsync());
        Assert.Equal(now, await check.CallBookings.Where(x => x.Id == booking).Select(x => x.ReminderQueuedAt).SingleAsync());
        Assert.Equal(now.AddHours(-1), await check.CallBookings.Where(x => x.Id == marked).Select(x => x.ReminderQueuedAt).SingleAsync());

        await EraseChildAsync(h, s.Ming);
        Assert.Empty(await records.GetOverdueQuestionsAsync(now.AddHours(-24), now.AddMinutes(-10)));
        Assert.Empty(await records.GetCallBookingsDueAsync(now, now.AddMinutes(30)));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Recipient_profiles_leave_out_erased_people_and_carry_the_stored_preferences(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        int father = s.Father.PersonId!.Value, grandpa = s.Grandpa.PersonId!.Value, mother = s.Mother.PersonId!.Value;
        await h.Get<IPreferenceService>().SaveAsync(father, new PersonPreferences("en", false, new TimeOnly(22, 0), new TimeOnly(7, 0), "Asia/Shanghai", CallHomeFrequency.Monthly, DayOfWeek.Sunday, new TimeOnly(19, 0)));
        await using (var db = h.Db())
        {
            await db.Persons.Where(p => p.Id == mother).ExecuteUpdateAsync(u => u.SetProperty(p => p.ErasedAt, h.Time.GetUtcNow()));
        }
        var recipients = h.Get<IRecipientQueries>();

        var profiles = (await recipients.GetProfilesAsync([father, grandpa, mother, father])).ToDictionary(p => p.PersonId);
        Assert.Equal([father, grandpa], profiles.Keys.Order());
        Assert.Equal(PersonKind.Parent, profiles[father].Kind);
        Assert.Equal("en", profiles[father].Preferences!.Locale);
        Assert.Equal(CallHomeFrequency.Monthly, profiles[father].Preferences!.CallHome);
        Assert.Equal(PersonKind.Guardian, profiles[grandpa].Kind);
        Assert.Equal(CallHomeFrequency.Monthly, (await h.Get<IRecordQueries>().GetPreferencesAsync([father, grandpa]))[father].CallHome);
    }

    private static async Task EraseChildAsync(ArchiveHarness h, int childId)
    {
        await using var db = h.Db();
        await db.Children.Where(c => c.Id == childId).ExecuteUpdateAsync(u => u.SetProperty(c => c.ErasedAt, h.Time.GetUtcNow()));
    }
}
