using LeftBehind.Archive.Data;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Access;

internal sealed class AuditLog(IDbContextFactory<ArchiveDbContext> dbs, AuditWriter writer) : IAuditLog
{
    public async Task<IReadOnlyList<AuditRecord>> ForChildAsync(int childId, int max = 100, CancellationToken cancellationToken = default)
    {
        await writer.FlushAsync(cancellationToken);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Audit.Where(a => a.ChildId == childId).OrderByDescending(a => a.Id).Take(max)
            .Select(a => new AuditRecord(a.At, a.ActorRole, a.ActorPersonId, a.Action, a.ChildId, a.Allowed))
            .ToListAsync(cancellationToken);
    }
}
