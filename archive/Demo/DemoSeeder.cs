using System.Text;
using LeftBehind.Archive.Binding;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Archive.Demo;

/// <summary>
/// Seeds the demo school on an empty archive (Storage:SeedDemoData): the roster goes through the real importer, then a
/// month of attendance, notes, a letter, an open question and the fixed invite codes.
/// </summary>
internal sealed class DemoSeeder(IDbContextFactory<ArchiveDbContext> dbs, IRosterImporter roster, InviteService invites, TimeProvider time, ILogger<DemoSeeder> log, Microsoft.Extensions.Options.IOptions<Storage.StorageOptions> storage)
{
    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        await using (var check = await dbs.CreateDbContextAsync(ct))
        {
            if (await check.Schools.AnyAsync(ct)) return;
        }
        var csv = Encoding.UTF8.GetBytes(RosterCsv.Build(DemoData.Roster));
        var result = await roster.ImportAsync(new MemoryStream(csv), dryRun: false, cancellationToken: ct);
        if (result.Outcome != RosterImportOutcome.Ok) throw new InvalidOperationException("demo roster is invalid: " + string.Join("; ", result.Errors));

        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var children = await db.Children.Include(c => c.Class).Include(c => c.Family).ThenInclude(f => f.Person).OrderBy(c => c.StudentNumber).ToListAsync(ct);
        var teachers = await db.Persons.Where(p => p.Kind == PersonKind.Teacher).ToDictionaryAsync(p => p.Name, ct);
        SeedAttendance(db, children, now);
        var ming = children.Single(c => c.StudentNumber == "2023001");
        var hong = children.Single(c => c.StudentNumber == "2023002");
        var father = ming.Family.Single(f => f.Role == FamilyRole.Father).Person!;
        var li = teachers["李红梅"];
        var wang = teachers["王芳"];
        db.Notes.AddRange(
            Note(ming, li, NoteCategory.Study, NoteKind.Note, NoteVisibility.Parents, "王小明这周数学单元测验 92 分，比上次进步了 10 分，课堂上主动举手回答问题。", now.AddDays(-2)),
            Note(ming, wang, NoteCategory.Emotion, NoteKind.MonthlyTalk, NoteVisibility.Parents, "本月谈心：小明说很想爸爸妈妈，希望春节能一起去看花灯。情绪总体稳定。", now.AddDays(-6)),
            Note(ming, wang, NoteCategory.Health, NoteKind.HomeVisit, NoteVisibility.StaffOnly, "家访：爷爷腿脚不便，家中取暖用电暖器，已提醒注意用电安全。", now.AddDays(-9)),
            Note(hong, li, NoteCategory.Behaviour, NoteKind.Note, NoteVisibility.Parents, "王小红在班里当上了图书角管理员，做事认真负责。", now.AddDays(-4)),
            Note(children.Single(c => c.StudentNumber == "2023005"), wang, NoteCategory.Safety, NoteKind.Note, NoteVisibility.StaffOnly, "刘阳放学后独自在家，已安排每天晚上电话确认到家。", now.AddDays(-3)));
        db.Letters.Add(new Letter { ChildId = ming.Id, Direction = LetterDirection.ToChild, AuthorId = father.Id, Text = "小明：爸爸在深圳一切都好。听老师说你数学进步了，爸爸特别高兴。要听爷爷的话，天冷了多穿衣服。过年爸爸就回来陪你放鞭炮。——爸爸", CreatedAt = now.AddDays(-12), DeliveredAt = now.AddDays(-11) });
        db.Contacts.Add(new ContactLog { ChildId = ming.Id, ParentId = father.Id, Kind = ContactKind.Letter, At = now.AddDays(-12) });
        db.Questions.Add(new Question
        {
            ChildId = ming.Id, AskedById = father.Id, AssignedTeacherId = ming.PairedTeacherId, Text = "老师您好，小明最近晚上作业要写到几点？爷爷说他常常写到很晚。",
            Status = QuestionStatus.Open, CreatedAt = now.AddHours(-20), AssignedAt = now.AddHours(-20),
        });
        await db.SaveChangesAsync(ct);

        var expires = now.AddYears(10);
        foreach (var code in DemoData.Codes)
        {
            var (personId, childId, role) = code.Code switch
            {
                "BABA23" => (father.Id, (int?)ming.Id, InviteRole.Father),
                "MAMA45" => (ming.Family.Single(f => f.Role == FamilyRole.Mother).PersonId, ming.Id, InviteRole.Mother),
                "YEYE67" => (ming.Family.Single(f => f.Role == FamilyRole.Guardian).PersonId, ming.Id, InviteRole.Guardian),
                "GUGU28" => (children.Single(c => c.StudentNumber == "2023004").Family.Single(f => f.Role == FamilyRole.Guardian).PersonId, children.Single(c => c.StudentNumber == "2023004").Id, InviteRole.Guardian),
                "BZR789" => (li.Id, null, InviteRole.Teacher),
                _ => (wang.Id, null, InviteRole.Teacher),
            };
            await invites.AddAsync(db, ming.SchoolId, personId, childId, role, ct, code.Code, expires);
        }
        if (storage.Value.DemoFamiliesConsented)
        {
            foreach (var id in children.SelectMany(c => c.Family).Select(f => f.PersonId).Distinct())
                db.Consents.Add(new ConsentRecord { PersonId = id, Purpose = "paper consent at enrolment", TextVersion = "paper", GivenAt = now });
            await db.SaveChangesAsync(ct);
        }
        log.LogInformation("Seeded the demo school: {Children} children, {Codes} invite codes", children.Count, DemoData.Codes.Count);
    }

    /// <summary>The last 30 days of school days, mostly present; deterministic so the demo tells the same story.</summary>
    private static void SeedAttendance(ArchiveDbContext db, List<Child> children, DateTimeOffset now)
    {
        var rng = new Random(20261123);
        var today = DateOnly.FromDateTime(now.UtcDateTime.AddHours(8));
        (AttendanceStatus, string?)[] unusual =
        [
            (AttendanceStatus.Absent, null), (AttendanceStatus.Late, "早上帮爷爷喂猪，迟到 15 分钟"), (AttendanceStatus.Sick, "感冒发烧"),
            (AttendanceStatus.Leave, "随奶奶去镇上看病"), (AttendanceStatus.Late, "下雨路滑"),
        ];
        for (var d = today.AddDays(-30); d < today; d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            foreach (var c in children)
            {
                var (status, reason) = rng.Next(100) < 8 ? unusual[rng.Next(unusual.Length)] : (AttendanceStatus.Present, null);
                db.Attendance.Add(new AttendanceRecord { ChildId = c.Id, Date = d, Status = status, Reason = reason, RecordedById = c.Class!.HeadTeacherId, RecordedAt = now });
            }
        }
    }

    private static TeacherNote Note(Child c, Person author, NoteCategory cat, NoteKind kind, NoteVisibility vis, string text, DateTimeOffset at) =>
        new() { ChildId = c.Id, AuthorId = author.Id, Category = cat, Kind = kind, Visibility = vis, Text = text, CreatedAt = at };
}
