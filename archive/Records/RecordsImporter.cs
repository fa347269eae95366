using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Roster;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class RecordsImporter(IDbContextFactory<ArchiveDbContext> dbs, TimeProvider time) : IRecordsImporter
{
    public const int MaxItems = 20_000;

    public async Task<RecordsImportResult> ImportAttendanceAsync(IReadOnlyList<AttendanceInput> items, CancellationToken cancellationToken = default)
    {
        if (Precheck(items.Count) is { } e) return e;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var children = await ResolveAsync(db, items.Select(i => (i.School, i.StudentNumber)), cancellationToken);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime.AddHours(14));
        var errors = new List<RosterError>();
        var valid = new List<(int ChildId, DateOnly Date, AttendanceStatus Status, string? Reason)>();
        for (var i = 0; i < items.Count; i++)
        {
            var it = items[i];
            var row = i + 1;
            var child = Child(children, it.School, it.StudentNumber, row, errors);
            var date = RecordParsing.Date(it.Date);
            if (date is null) errors.Add(new RosterError(row, "date", RosterText.Get("BadRecordDate", it.Date ?? "")));
            else if (date > today) errors.Add(new RosterError(row, "date", RosterText.Get("FutureDate", it.Date!)));
            var status = RecordParsing.Status(it.Status);
            if (status is null) errors.Add(new RosterError(row, "status", RosterText.Get("BadStatus", it.Status ?? "")));
            if (child is int c && date is DateOnly d && d <= today && status is AttendanceStatus s) valid.Add((c, d, s, it.Reason));
        }
        if (errors.Count > 0) return new RecordsImportResult(0, errors);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var v in valid) await AttendanceService.UpsertAsync(db, v.ChildId, v.Date, v.Status, v.Reason, null, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new RecordsImportResult(valid.Count, []);
    }

    public async Task<RecordsImportResult> ImportNotesAsync(IReadOnlyList<NoteInput> items, CancellationToken cancellationToken = default)
    {
        if (Precheck(items.Count) is { } e) return e;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var children = await ResolveAsync(db, items.Select(i => (i.School, i.StudentNumber)), cancellationToken);
        var teacherNames = items.Select(i => i.Author?.Trim()).OfType<string>().Distinct().ToList();
        var teachers = await db.Persons.Where(p => p.Kind == PersonKind.Teacher && teacherNames.Contains(p.Name)).Select(p => new { p.Id, p.Name, p.SchoolId }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var errors = new List<RosterError>();
        var notes = new List<TeacherNote>();
        for (var i = 0; i < items.Count; i++)
        {
            var it = items[i];
            var row = i + 1;
            var child = Child(children, it.School, it.StudentNumber, row, errors);
            var cat = RecordParsing.Category(it.Category);
            if (cat is null) errors.Add(new RosterError(row, "category", RosterText.Get("BadCategory", it.Category ?? "")));
            var kind = RecordParsing.Kind(it.Kind);
            if (kind is null) errors.Add(new RosterError(row, "kind", RosterText.Get("BadKind", it.Kind ?? "")));
            var vis = RecordParsing.Visibility(it.Visibility);
            if (vis is null) errors.Add(new RosterError(row, "visibility", RosterText.Get("BadVisibility", it.Visibility ?? "")));
            var text = it.Text?.Trim() ?? "";
            if (text.Length == 0) errors.Add(new RosterError(row, "text", RosterText.Get("Required", "text")));
            else if (text.Length > 4000) errors.Add(new RosterError(row, "text", RosterText.Get("TooLong", "text", 4000)));
            if (child is int c && cat is not null && kind is not null && vis is not null && text.Length is > 0 and <= 4000)
            {
                var schoolId = children.Values.First(v => v.Id == c).SchoolId;
                var author = teachers.FirstOrDefault(t => t.Name == it.Author?.Trim() && t.SchoolId == schoolId)?.Id;
                notes.Add(new TeacherNote { ChildId = c, AuthorId = author, Category = cat.Value, Kind = kind.Value, Visibility = vis.Value, Text = text, CreatedAt = now });
            }
        }
        if (errors.Count > 0) return new RecordsImportResult(0, errors);
        db.Notes.AddRange(notes);
        await db.SaveChangesAsync(cancellationToken);
        return new RecordsImportResult(notes.Count, []);
    }

    private static RecordsImportResult? Precheck(int count) => count switch
    {
        0 => new RecordsImportResult(0, [new RosterError(0, "", RosterText.Get("EmptyList"))]),
        > MaxItems => new RecordsImportResult(0, [new RosterError(0, "", RosterText.Get("TooManyRecords", MaxItems))]),
        _ => null,
    };

    private static int? Child(Dictionary<(string, string), (int Id, int SchoolId)> children, string? school, string? number, int row, List<RosterError> errors)
    {
        if (children.TryGetValue((school?.Trim() ?? "", number?.Trim() ?? ""), out var c)) return c.Id;
        errors.Add(new RosterError(row, "studentNumber", RosterText.Get("StudentNotFound", school ?? "", number ?? "")));
        return null;
    }

    private static async Task<Dictionary<(string, string), (int Id, int SchoolId)>> ResolveAsync(ArchiveDbContext db, IEnumerable<(string? School, string? Number)> keys, CancellationToken ct)
    {
        var list = keys.Select(k => (School: k.School?.Trim() ?? "", Number: k.Number?.Trim() ?? "")).Distinct().ToList();
        var schools = list.Select(k => k.School).Distinct().ToList();
        var numbers = list.Select(k => k.Number).Distinct().ToList();
        var rows = await db.Children.Where(c => c.ErasedAt == null && schools.Contains(c.School!.Name) && numbers.Contains(c.StudentNumber))
            .Select(c => new { School = c.School!.Name, c.StudentNumber, c.Id, c.SchoolId }).ToListAsync(ct);
        return rows.ToDictionary(r => (r.School, r.StudentNumber), r => (r.Id, r.SchoolId));
    }
}
