using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class LetterService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, TimeProvider time) : ILetterService
{
    public async Task<LetterInfo> WriteAsync(Actor author, int childId, LetterDirection direction, string? text, string? photoUrl = null, string? photoContentType = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(photoUrl)) throw new ArchiveException(ArchiveError.Invalid, "a letter needs text or a photo");
        // Parents write to the child; the child's reply is entered by the guardian or a teacher.
        var allowedRole = direction == LetterDirection.ToChild ? author.Role is ActorRole.Parent or ActorRole.Admin : author.Role != ActorRole.Parent;
        if (!allowedRole) throw new ArchiveException(ArchiveError.Forbidden, "wrong role for this direction");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await policy.RequireAsync(db, author, childId, "letter.write", cancellationToken);
        var key = TurnWrites.Next("letter");
        // A re-run of the turn that wrote it: the same letter, not a second copy.
        if (key is not null && await db.Letters.AsNoTracking().FirstOrDefaultAsync(x => x.RequestKey == key, cancellationToken) is { } written) return ToInfo(written, null);
        var now = time.GetUtcNow();
        var letter = new Letter
        {
            RequestKey = key,
            ChildId = childId,
            Direction = direction,
            AuthorId = author.PersonId,
            Text = text?.Trim(),
            PhotoUrl = photoUrl,
            PhotoContentType = photoContentType,
            CreatedAt = now,
        };
        db.Letters.Add(letter);
        await db.SaveChangesAsync(cancellationToken);
        if (direction == LetterDirection.ToChild && author.PersonId is int parentId)
        {
            db.Contacts.Add(new ContactLog { ChildId = childId, ParentId = parentId, Kind = ContactKind.Letter, At = now, SourceId = letter.Id });
            await db.SaveChangesAsync(cancellationToken);
        }
        return ToInfo(letter, null);
    }

    public async Task<IReadOnlyList<LetterInfo>?> ListAsync(Actor actor, int childId, int max = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.ReadAsync(db, actor, childId, "letters.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (child is null) return null;
        var rows = await db.Letters.Where(l => l.ChildId == childId).OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).Take(Math.Clamp(max, 1, 200))
            .Select(l => new
            {
                l,
                Name = db.Persons.Where(p => p.Id == l.AuthorId).Select(p => p.Name).FirstOrDefault(),
                Reader = db.Persons.Where(p => p.Id == l.ReadToChildById).Select(p => p.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => ToInfo(r.l, r.Name, r.Reader)).ToList();
    }

    public async Task<int?> CountNewAsync(Actor actor, int childId, LetterDirection direction, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // Only whether the actor may read the child: the compiled name read, no tracked child with its class (issue 16).
        var name = await policy.ReadNameAsync(db, actor, childId, "letters.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (name is null) return null;
        return await NewCount.For(db)(db, childId, direction, since, actor.PersonId ?? 0, cancellationToken);
    }

    /// <summary>
    /// A count, compiled: every new conversation of a parent or guardian asks it per child (the welcome-back summary),
    /// and reading twenty whole letters with their authors to count them was 2 % of a real-flow turn's CPU.
    /// </summary>
    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, LetterDirection, DateTimeOffset, int, CancellationToken, Task<int>>> NewCount = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int childId, LetterDirection direction, DateTimeOffset since, int me, CancellationToken ct) =>
            db.Letters.Count(l => l.ChildId == childId && l.Direction == direction && l.CreatedAt >= since && (l.AuthorId == null || l.AuthorId != me) && l.ReadToChildAt == null)));

    public async Task<LetterReadToChild?> MarkReadToChildAsync(Actor reader, int letterId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var letter = await db.Letters.FirstOrDefaultAsync(l => l.Id == letterId && l.Direction == LetterDirection.ToChild, cancellationToken);
        if (letter is null) return null;
        // The writer (a parent) does not read their own letter to the child; the guardian or a teacher of the child does.
        if (reader.Role == ActorRole.Parent) throw new ArchiveException(ArchiveError.Forbidden, "a parent does not mark a letter read to the child");
        if (await policy.ReadAsync(db, reader, letter.ChildId, "letter.read-to-child", cancellationToken) is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        var first = letter.ReadToChildAt is null;
        if (first)
        {
            letter.ReadToChildAt = time.GetUtcNow();
            letter.ReadToChildById = reader.PersonId;
        }
        await db.SaveChangesAsync(cancellationToken);
        var names = await db.Persons.Where(p => p.Id == letter.AuthorId || p.Id == letter.ReadToChildById).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        string? Name(int? id) => names.FirstOrDefault(n => n.Id == id)?.Name;
        return new LetterReadToChild(ToInfo(letter, Name(letter.AuthorId), Name(letter.ReadToChildById)), first);
    }

    private static LetterInfo ToInfo(Letter l, string? authorName, string? readerName = null) =>
        new(l.Id, l.ChildId, l.Direction, l.AuthorId is int a && authorName is not null ? new PersonRef(a, authorName) : null, l.Text, l.PhotoUrl, l.PhotoContentType, l.CreatedAt,
            l.ReadToChildAt, l.ReadToChildById is int r && readerName is not null ? new PersonRef(r, readerName) : null);
}
