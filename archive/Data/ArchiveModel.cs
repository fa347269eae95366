using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Data;

internal static class ArchiveModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<School>(e =>
        {
            e.ToTable("archive_schools");
            e.HasIndex(x => x.Name).IsUnique();
            e.Property(x => x.TimeZone).HasMaxLength(64);
        });
        b.Entity<SchoolClass>(e =>
        {
            e.ToTable("archive_classes");
            e.HasIndex(x => new { x.SchoolId, x.Name }).IsUnique();
            e.HasOne(x => x.School).WithMany(s => s.Classes).HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.HeadTeacher).WithMany().HasForeignKey(x => x.HeadTeacherId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<Person>(e =>
        {
            e.ToTable("archive_persons");
            e.HasIndex(x => new { x.SchoolId, x.Kind, x.Name });
            e.Property(x => x.Phone).HasMaxLength(32);
        });
        b.Entity<Child>(e =>
        {
            e.ToTable("archive_children");
            e.HasIndex(x => new { x.SchoolId, x.StudentNumber }).IsUnique();
            e.HasIndex(x => x.ClassId);
            e.HasIndex(x => x.PairedTeacherId);
            e.Property(x => x.StudentNumber).HasMaxLength(64);
            e.HasOne(x => x.School).WithMany().HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Class).WithMany(c => c.Children).HasForeignKey(x => x.ClassId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.PairedTeacher).WithMany().HasForeignKey(x => x.PairedTeacherId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<FamilyLink>(e =>
        {
            e.ToTable("archive_family_links");
            e.HasIndex(x => new { x.ChildId, x.Role }).IsUnique();
            e.HasIndex(x => x.PersonId);
            e.HasOne(x => x.Child).WithMany(c => c.Family).HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Person).WithMany(p => p.Families).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ChannelBinding>(e =>
        {
            e.ToTable("archive_channel_bindings");
            e.HasIndex(x => new { x.ChannelId, x.ChannelUserId }).IsUnique();
            e.HasIndex(x => x.PersonId);
            e.Property(x => x.ConversationReferenceJson).HasMaxLength(8000);
            e.HasOne(x => x.Person).WithMany(p => p.Bindings).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Invite>(e =>
        {
            e.ToTable("archive_invites");
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.PersonId);
            e.Property(x => x.Code).HasMaxLength(16);
            e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<InviteAttempt>(e =>
        {
            e.ToTable("archive_invite_attempts");
            e.HasIndex(x => new { x.ThrottleKey, x.At });
        });
        b.Entity<ConsentRecord>(e =>
        {
            e.ToTable("archive_consents");
            e.HasIndex(x => x.PersonId);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AttendanceRecord>(e =>
        {
            e.ToTable("archive_attendance");
            e.HasIndex(x => new { x.ChildId, x.Date }).IsUnique();
            e.HasIndex(x => new { x.Date, x.Status });
            e.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<TeacherNote>(e =>
        {
            e.ToTable("archive_notes");
            e.Property(x => x.RequestKey).HasMaxLength(TurnWrites.KeyLength);
            e.HasIndex(x => x.RequestKey).IsUnique();
            e.HasIndex(x => new { x.ChildId, x.CreatedAt });
            e.Property(x => x.Text).HasMaxLength(4000);
            e.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Letter>(e =>
        {
            e.ToTable("archive_letters");
            e.Property(x => x.RequestKey).HasMaxLength(TurnWrites.KeyLength);
            e.HasIndex(x => x.RequestKey).IsUnique();
            e.HasIndex(x => new { x.ChildId, x.CreatedAt });
            e.Property(x => x.Text).HasMaxLength(8000);
            e.Property(x => x.PhotoUrl).HasMaxLength(2000);
            e.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CallBooking>(e =>
        {
            e.ToTable("archive_call_bookings");
            e.Property(x => x.RequestKey).HasMaxLength(TurnWrites.KeyLength);
            e.HasIndex(x => x.RequestKey).IsUnique();
            e.HasIndex(x => x.ChildId);
            e.HasIndex(x => new { x.Status, x.ScheduledAt });
            e.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ContactLog>(e =>
        {
            e.ToTable("archive_contacts");
            e.HasIndex(x => new { x.ChildId, x.At });
            e.HasIndex(x => new { x.ParentId, x.At });
            e.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Question>(e =>
        {
            e.ToTable("archive_questions");
            e.Property(x => x.RequestKey).HasMaxLength(TurnWrites.KeyLength);
            e.HasIndex(x => x.RequestKey).IsUnique();
            e.HasIndex(x => new { x.AssignedTeacherId, x.Status });
            e.HasIndex(x => new { x.Status, x.CreatedAt });
            e.HasIndex(x => x.ChildId);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.Property(x => x.Answer).HasMaxLength(4000);
            e.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Emergency>(e =>
        {
            e.ToTable("archive_emergencies");
            e.Property(x => x.RequestKey).HasMaxLength(TurnWrites.KeyLength);
            e.HasIndex(x => x.RequestKey).IsUnique();
            e.HasIndex(x => x.ChildId);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ResolutionNote).HasMaxLength(4000);
            e.HasIndex(x => x.ResolvedAt);
            e.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<EmergencyEvent>(e =>
        {
            e.ToTable("archive_emergency_events");
            e.HasIndex(x => new { x.EmergencyId, x.Id });
            e.Property(x => x.Text).HasMaxLength(4000);
            e.HasOne(x => x.Emergency).WithMany(m => m.Events).HasForeignKey(x => x.EmergencyId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<EmergencyRecipient>(e =>
        {
            e.ToTable("archive_emergency_recipients");
            e.HasIndex(x => new { x.EmergencyId, x.PersonId }).IsUnique();
            e.HasIndex(x => new { x.PersonId, x.AcknowledgedAt });
            e.HasOne(x => x.Emergency).WithMany(m => m.Recipients).HasForeignKey(x => x.EmergencyId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<LeaveRequest>(e =>
        {
            e.ToTable("archive_leave_requests");
            e.Property(x => x.RequestKey).HasMaxLength(TurnWrites.KeyLength);
            e.HasIndex(x => x.RequestKey).IsUnique();
            e.HasIndex(x => x.ChildId);
            e.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AuditEntry>(e =>
        {
            e.ToTable("archive_audit");
            e.HasIndex(x => new { x.ChildId, x.At });
            e.HasIndex(x => x.At);
            // A person's own entries (a refused consent, read on every turn of someone who has not agreed): without it
            // that read scanned the whole audit, which grows with every read of a child's records.
            e.HasIndex(x => new { x.ActorPersonId, x.Action });
            e.Property(x => x.Action).HasMaxLength(64);
        });
        b.Entity<PersonPreference>(e =>
        {
            e.ToTable("archive_preferences");
            e.HasKey(x => x.PersonId);
            e.Property(x => x.Locale).HasMaxLength(16);
            e.Property(x => x.TimeZone).HasMaxLength(64);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
