using System.Security.Cryptography;
using System.Text;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Staff;

internal sealed class SchoolKeyService(IDbContextFactory<ArchiveDbContext> dbs, TimeProvider time) : ISchoolKeys
{
    public async Task<string?> CreateAsync(string school, string name, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var id = await db.Schools.Where(s => s.Name == school.Trim()).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null) return null;
        // "lbs_" marks a school key in logs and scanners; 32 random bytes behind it.
        var key = "lbs_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        db.SchoolApiKeys.Add(new SchoolApiKey { SchoolId = id.Value, Name = string.IsNullOrWhiteSpace(name) ? "key" : name.Trim(), KeyHash = Hash(key), CreatedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<SchoolScope?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!key.StartsWith("lbs_", StringComparison.Ordinal) || key.Length > 100) return null;
        var hash = Hash(key);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.SchoolApiKeys.Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Join(db.Schools, k => k.SchoolId, s => s.Id, (k, s) => new SchoolScope(s.Id, s.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();
}
