using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class NoteService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, TimeProvider time) : INoteService
{
    public async Task<NoteInfo> WriteAsync(Actor author, int childId, NoteCategory category, NoteKind kind, NoteVisibility visibility, string text, CancellationToken cancellationToken = default)
    {
        if (!AccessPolicy.IsStaff(author)) throw new ArchiveException(ArchiveError.Forbidden, "only teachers write notes");
        if (string.IsNullOrWhiteSpace(text)) throw new ArchiveException(ArchiveError.Invalid, "empty note");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await policy.RequireAsync(db, author, childId, "note.write", cancellationToken);
        var key = TurnWrites.Next("note");
        // A re-run of the turn that wrote it: the same note, not a second copy.
        var note = key is null ? null : await db.Notes.AsNoTracking().FirstOrDefaultAsync(x => x.RequestKey == key, cancellationToken);
        if (note is not null) return await InfoAsync(db, author, note, cancellationToken);
        note = new TeacherNote
        {
            RequestKey = key,
            ChildId = childId,
            AuthorId = author.PersonId,
            AuthorStaffId = author.StaffId,
            Category = category,
            Kind = kind,
            Visibility = visibility,
            Text = text.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        db.Notes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return await InfoAsync(db, author, note, cancellationToken);
    }

    private static async Task<NoteInfo> InfoAsync(ArchiveDbContext db, Actor author, TeacherNote note, CancellationToken cancellationToken)
    {
        var name = author.PersonId is int id ? await db.Persons.Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var staff = name is null && note.AuthorStaffId is int s ? await StaffNameAsync(db, s, cancellationToken) : null;
        return new NoteInfo(note.Id, note.ChildId, name is null ? null : new PersonRef(author.PersonId!.Value, name), note.Category, note.Kind, note.Visibility, note.Text, note.CreatedAt)
        {
            StaffAuthor = staff,
        };
    }

    private static Task<string?> StaffNameAsync(ArchiveDbContext db, int staffId, CancellationToken cancellationToken) =>
        db.StaffUsers.Where(u => u.Id == staffId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);

    public async Task<NotePage?> GetAsync(Actor actor, int childId, NoteCategory? category = null, int page = 0, int pageSize = 5, CancellationToken cancellationToken = default)
    {
        page = Math.Max(0, page);
        pageSize = Math.Clamp(pageSize, 1, 50);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.ReadAsync(db, actor, childId, "notes.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (child is null) return null;
        var q = db.Notes.Where(n => n.ChildId == childId);
        if (!AccessPolicy.IsStaff(actor)) q = q.Where(n => n.Visibility == NoteVisibility.Parents);
        if (category is not null) q = q.Where(n => n.Category == category);
        var total = await q.CountAsync(cancellationToken);
        var items = await q.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(page * pageSize).Take(pageSize)
            .Select(n => new
            {
                n,
                AuthorName = db.Persons.Where(p => p.Id == n.AuthorId).Select(p => p.Name).FirstOrDefault(),
                StaffName = db.StaffUsers.Where(u => u.Id == n.AuthorStaffId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new NotePage(
            items.Select(x => new NoteInfo(x.n.Id, childId, x.n.AuthorId is int a && x.AuthorName is not null ? new PersonRef(a, x.AuthorName) : null, x.n.Category, x.n.Kind, x.n.Visibility, x.n.Text, x.n.CreatedAt)
            {
                StaffAuthor = x.AuthorName is null ? x.StaffName : null,
            }).ToList(),
            page, pageSize, total);
    }
}
