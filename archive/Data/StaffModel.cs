using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Data;

/// <summary>
/// ASP.NET Core Identity's tables for the console's staff accounts (<c>archive_staff_*</c>), with the keys, indexes and lengths
/// of Identity's own model (IdentityDbContext), so the stock EF stores run on the archive's context and migrations.
/// </summary>
internal static class StaffModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Model.RosterUpload>(e =>
        {
            e.ToTable("archive_staff_roster_uploads");
            e.HasKey(u => u.Id);
            e.Property(u => u.Id).HasMaxLength(32);
            e.HasIndex(u => u.ExpiresAt);
        });
        b.Entity<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>(e =>
        {
            e.ToTable("archive_dataprotection_keys");
            e.Property(k => k.FriendlyName).HasMaxLength(200);
            // A key's XML is about 1 KB; never cut by the string convention's 400.
            e.Property(k => k.Xml).HasMaxLength(100_000);
        });
        b.Entity<Model.SchoolApiKey>(e =>
        {
            e.ToTable("archive_staff_school_keys");
            e.HasIndex(k => k.KeyHash).IsUnique();
            e.HasIndex(k => k.SchoolId);
            e.Property(k => k.KeyHash).HasMaxLength(64);
            e.Property(k => k.Name).HasMaxLength(100);
            e.HasOne<Model.School>().WithMany().HasForeignKey(k => k.SchoolId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<StaffUser>(e =>
        {
            e.ToTable("archive_staff_users");
            e.HasKey(u => u.Id);
            e.HasIndex(u => u.NormalizedUserName).HasDatabaseName("ux_archive_staff_users_name").IsUnique();
            e.HasIndex(u => u.NormalizedEmail).HasDatabaseName("ix_archive_staff_users_email");
            e.HasIndex(u => u.SchoolId);
            e.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            e.Property(u => u.UserName).HasMaxLength(256);
            e.Property(u => u.NormalizedUserName).HasMaxLength(256);
            e.Property(u => u.Email).HasMaxLength(256);
            e.Property(u => u.NormalizedEmail).HasMaxLength(256);
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.HasMany<IdentityUserClaim<int>>().WithOne().HasForeignKey(uc => uc.UserId).IsRequired();
            e.HasMany<IdentityUserLogin<int>>().WithOne().HasForeignKey(ul => ul.UserId).IsRequired();
            e.HasMany<IdentityUserToken<int>>().WithOne().HasForeignKey(ut => ut.UserId).IsRequired();
            e.HasMany<IdentityUserRole<int>>().WithOne().HasForeignKey(ur => ur.UserId).IsRequired();
        });
        b.Entity<IdentityUserClaim<int>>(e =>
        {
            e.ToTable("archive_staff_user_claims");
            e.HasKey(uc => uc.Id);
        });
        b.Entity<IdentityUserLogin<int>>(e =>
        {
            e.ToTable("archive_staff_user_logins");
            e.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            e.Property(l => l.LoginProvider).HasMaxLength(128);
            e.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        b.Entity<IdentityUserToken<int>>(e =>
        {
            e.ToTable("archive_staff_user_tokens");
            e.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            e.Property(t => t.LoginProvider).HasMaxLength(128);
            e.Property(t => t.Name).HasMaxLength(128);
        });
        b.Entity<IdentityRole<int>>(e =>
        {
            e.ToTable("archive_staff_roles");
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.NormalizedName).HasDatabaseName("ux_archive_staff_roles_name").IsUnique();
            e.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            e.Property(r => r.Name).HasMaxLength(256);
            e.Property(r => r.NormalizedName).HasMaxLength(256);
            e.HasMany<IdentityUserRole<int>>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
            e.HasMany<IdentityRoleClaim<int>>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
        });
        b.Entity<IdentityUserRole<int>>(e =>
        {
            e.ToTable("archive_staff_user_roles");
            e.HasKey(r => new { r.UserId, r.RoleId });
        });
        b.Entity<IdentityRoleClaim<int>>(e =>
        {
            e.ToTable("archive_staff_role_claims");
            e.HasKey(rc => rc.Id);
        });
    }
}
