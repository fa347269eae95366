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
            .Select(l => new { l, Name = db.Persons.Where(p => p.Id == l.AuthorId).Select(p => p.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => ToInfo(r.l, r.Name)).ToList();
    }

    private static LetterInfo ToInfo(Letter l, string? authorName) =>
        new(l.Id, l.ChildId, l.Direction, l.AuthorId is int a && authorName is not null ? new PersonRef(a, authorName) : null, l.Text, l.PhotoUrl, l.PhotoContentType, l.CreatedAt);
}
