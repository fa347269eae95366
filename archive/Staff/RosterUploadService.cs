using System.Security.Cryptography;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Staff;

internal sealed class RosterUploadService(IDbContextFactory<ArchiveDbContext> dbs, TimeProvider time) : IRosterUploads
{
    public async Task<string> KeepAsync(int staffId, byte[] content, TimeSpan keepFor, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.RosterUploads.Where(u => u.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        db.RosterUploads.Add(new RosterUpload { Id = key, StaffId = staffId, Content = content, ExpiresAt = now + keepFor });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<byte[]?> TakeAsync(int staffId, string key, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var upload = await db.RosterUploads.FirstOrDefaultAsync(u => u.Id == key && u.StaffId == staffId, cancellationToken);
        if (upload is null) return null;
        db.RosterUploads.Remove(upload);
        // Removed first: two taps on 导入 import once (the second finds nothing).
        var removed = await db.RosterUploads.Where(u => u.Id == key).ExecuteDeleteAsync(cancellationToken);
        return removed == 1 && upload.ExpiresAt > time.GetUtcNow() ? upload.Content : null;
    }
}
