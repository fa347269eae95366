using LeftBehind.Archive.Model;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Data;

/// <summary>The care practice's tables (#20): concerns, entrusted guardians, weekly talks, visits, staff roles.</summary>
internal static class CareModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<CareConcern>(e =>
        {
            e.ToTable("archive_care_concerns");
            e.HasIndex(x => new { x.ChildId, x.Kind, x.ClosedAt });
            e.HasIndex(x => new { x.ClosedAt, x.DueAt });
            e.Property(x => x.Reason).HasMaxLength(32);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<GuardianEntrustment>(e =>
        {
            e.ToTable("archive_guardian_entrustments");
            e.HasIndex(x => new { x.ChildId, x.EndedAt });
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Phone).HasMaxLength(32);
            e.Property(x => x.Relation).HasMaxLength(32);
            e.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<WeeklyTalk>(e =>
        {
            e.ToTable("archive_weekly_talks");
            e.HasIndex(x => new { x.ChildId, x.WeekOf }).IsUnique();
            e.HasIndex(x => new { x.TeacherId, x.WeekOf });
            e.Property(x => x.Note).HasMaxLength(1000);
            e.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CareVisit>(e =>
        {
            e.ToTable("archive_care_visits");
            e.HasIndex(x => new { x.ChildId, x.On });
            e.HasIndex(x => new { x.TeacherId, x.On });
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Meeting>(e =>
        {
            e.ToTable("archive_meetings");
            e.HasIndex(x => new { x.SchoolId, x.At });
            e.Property(x => x.Title).HasMaxLength(64);
            e.Property(x => x.Place).HasMaxLength(64);
            e.HasOne<School>().WithMany().HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<MeetingInvitation>(e =>
        {
            e.ToTable("archive_meeting_invitations");
            e.HasIndex(x => new { x.MeetingId, x.PersonId }).IsUnique();
            e.HasIndex(x => new { x.PersonId, x.InvitedAt });
            e.HasOne(x => x.Meeting).WithMany(m => m.Invitations).HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<StaffAssignment>(e =>
        {
            e.ToTable("archive_staff_assignments");
            e.HasIndex(x => new { x.SchoolId, x.PersonId, x.Role }).IsUnique();
            e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<School>().WithMany().HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
