using LeftBehind.Archive.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Archive.Staff;

public static class StaffStoreExtensions
{
    /// <summary>Identity's stock EF stores on the archive's context (one per request scope, from the archive's pool).</summary>
    public static IdentityBuilder AddArchiveStaffStores(this IdentityBuilder builder)
    {
        builder.Services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContext());
        return builder.AddEntityFrameworkStores<ArchiveDbContext>();
    }

    /// <summary>Data-protection keys in the archive's database, so every instance reads the others' cookies and CSRF tokens.</summary>
    public static IDataProtectionBuilder PersistKeysToArchive(this IDataProtectionBuilder builder)
    {
        builder.Services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContext());
        return builder.PersistKeysToDbContext<ArchiveDbContext>();
    }
}
