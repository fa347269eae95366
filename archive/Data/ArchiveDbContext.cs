using LeftBehind.Archive.Data.HostTables;
using LeftBehind.Archive.Model;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Data;

/// <summary>
/// The family archive. Each provider has a derived context with its own migration set
/// (<see cref="SqliteArchiveDbContext"/>, <see cref="PostgresArchiveDbContext"/>); obtain one through
/// <c>IDbContextFactory&lt;ArchiveDbContext&gt;</c>. The archive's own tables are prefixed <c>archive_</c>; the
/// kernel's, scheduler's and host's tables (<see cref="HostTables.HostTablesModel"/>) are mapped here only so that these
/// migrations create them: every table but Quartz's comes from one set of migrations per provider.
/// </summary>
internal abstract class ArchiveDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<School> Schools => Set<School>();
    public DbSet<SchoolClass> Classes => Set<SchoolClass>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<Child> Children => Set<Child>();
    public DbSet<FamilyLink> FamilyLinks => Set<FamilyLink>();
    public DbSet<ChannelBinding> ChannelBindings => Set<ChannelBinding>();
    public DbSet<Invite> Invites => Set<Invite>();
    public DbSet<InviteAttempt> InviteAttempts => Set<InviteAttempt>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();
    public DbSet<AttendanceRecord> Attendance => Set<AttendanceRecord>();
    public DbSet<TeacherNote> Notes => Set<TeacherNote>();
    public DbSet<Letter> Letters => Set<Letter>();
    public DbSet<CallBooking> CallBookings => Set<CallBooking>();
    public DbSet<ContactLog> Contacts => Set<ContactLog>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<Emergency> Emergencies => Set<Emergency>();
    public DbSet<EmergencyRecipient> EmergencyRecipients => Set<EmergencyRecipient>();
    public DbSet<EmergencyEvent> EmergencyEvents => Set<EmergencyEvent>();
    public DbSet<LeaveRequest> LeaveRequests => Set<LeaveRequest>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<PersonPreference> Preferences => Set<PersonPreference>();
    public DbSet<ChannelSend> ChannelSends => Set<ChannelSend>();
    public DbSet<PhoneOptOut> PhoneOptOuts => Set<PhoneOptOut>();
    public DbSet<ChannelPreference> ChannelPreferences => Set<ChannelPreference>();
    public DbSet<SchoolApiKey> SchoolApiKeys => Set<SchoolApiKey>();
    public DbSet<Staff.StaffUser> StaffUsers => Set<Staff.StaffUser>();
    public DbSet<CareConcern> CareConcerns => Set<CareConcern>();
    public DbSet<GuardianEntrustment> Entrustments => Set<GuardianEntrustment>();
    public DbSet<WeeklyTalk> WeeklyTalks => Set<WeeklyTalk>();
    public DbSet<CareVisit> CareVisits => Set<CareVisit>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingInvitation> MeetingInvitations => Set<MeetingInvitation>();
    public DbSet<StaffAssignment> StaffAssignments => Set<StaffAssignment>();
    public DbSet<Tip> Tips => Set<Tip>();
    public DbSet<TipSend> TipSends => Set<TipSend>();
    public DbSet<TipOptOut> TipOptOuts => Set<TipOptOut>();
    public DbSet<RosterUpload> RosterUploads => Set<RosterUpload>();

    /// <summary>ASP.NET Core's data-protection keys (cookies, CSRF tokens), shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as text: readable in the database and stable if members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArchiveModel.Configure(modelBuilder);
        CareModel.Configure(modelBuilder);
        // The other areas' tables: their schema comes from these migrations too, their rows from their own SQL.
        HostTablesModel.Configure(modelBuilder, Database.IsNpgsql());
        DeliveryModel.Configure(modelBuilder);
        StaffModel.Configure(modelBuilder);
        TipsModel.Configure(modelBuilder);
    }
}
