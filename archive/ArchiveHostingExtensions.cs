using LeftBehind.Archive.Access;
using LeftBehind.Archive.Binding;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Demo;
using LeftBehind.Archive.Records;
using LeftBehind.Archive.Roster;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Storage;
using LeftBehind.Archive.Tips;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;

namespace LeftBehind.Archive;

public static class ArchiveHostingExtensions
{
    /// <summary>Storage (SQLite by default, PostgreSQL by configuration) and the family archive.</summary>
    public static IHostApplicationBuilder AddArchive(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .Configure(o =>
            {
                var cs = builder.Configuration.GetConnectionString("LeftBehind");
                if (!string.IsNullOrWhiteSpace(cs)) o.ConnectionString = cs;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<ArchiveOptions>()
            .Bind(builder.Configuration.GetSection(ArchiveOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IDbConnectionFactory, DbConnectionFactory>();
        builder.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddMeter(StorageMetrics.MeterName));
        // First hosted service registered (before the archive's own): every table exists before anything else starts.
        builder.Services.AddHostedService<ArchiveMigrator>();
        builder.Services.AddHostedService<TipLibrarySeedOnStart>();
        builder.Services.AddHostedService<DemoSeedOnStart>();
        builder.Services.AddArchiveServices();
        return builder;
    }

    /// <summary>The archive's services without hosting (benchmarks and tests that build their own container).</summary>
    public static IServiceCollection AddArchiveServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ArchiveOptions>();
        // The contexts share the connection factory's SQLite write gate.
        services.TryAddSingleton<IDbConnectionFactory, DbConnectionFactory>();
        services.AddSingleton<IDbContextFactory<ArchiveDbContext>, ArchiveDbContextFactory>();
        services.AddSingleton<AccessPolicy>();
        services.AddSingleton<InviteService>();
        services.AddSingleton<IInviteService>(sp => sp.GetRequiredService<InviteService>());
        services.AddSingleton<IBindingService, BindingService>();
        services.AddSingleton<IPreferenceService, PreferenceService>();
        services.AddSingleton<IChildrenService, ChildrenService>();
        services.AddSingleton<IAttendanceService, AttendanceService>();
        services.AddSingleton<INoteService, NoteService>();
        services.AddSingleton<IQuestionService, QuestionService>();
        services.AddSingleton<ILetterService, LetterService>();
        services.AddSingleton<ICallHomeService, CallHomeService>();
        services.AddSingleton<ILeaveService, LeaveService>();
        services.AddSingleton<EmergencyPresence>();
        services.AddSingleton<IEmergencyService, EmergencyService>();
        services.AddSingleton<ICareService, CareService>();
        services.AddSingleton<ICareQueries, CareQueryService>();
        services.AddSingleton<Terms.ITermCalendar, Terms.TermCalendar>();
        services.AddSingleton<IMeetingService, MeetingService>();
        services.AddSingleton<IRosterImporter, RosterImporter>();
        services.AddSingleton<IRecordsImporter, RecordsImporter>();
        services.AddSingleton<IChildRightsService, ChildRightsService>();
        services.AddSingleton<IPersonRights, Rights.PersonRightsService>();
        services.AddSingleton<IFamilyQueries, FamilyQueryService>();
        services.AddSingleton<IRecordQueries, RecordQueryService>();
        services.AddSingleton<IRecipientQueries, RecipientQueryService>();
        services.AddSingleton<IPhoneRecords, PhoneRecordService>();
        services.AddSingleton<IChannelSendRecords, ChannelSendRecordService>();
        services.AddSingleton<IDeliveryQueries, DeliveryQueryService>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<ITipService, TipService>();
        services.AddSingleton<IDemoInfo, DemoInfo>();
        services.AddSingleton<Staff.IStaffConsole, Staff.StaffConsoleService>();
        services.AddSingleton<Staff.IRosterUploads, Staff.RosterUploadService>();
        services.AddSingleton<Staff.IStaffFigures, Staff.StaffFiguresService>();
        services.AddSingleton<Staff.ITermReport, Staff.TermReportService>();
        services.AddSingleton<Staff.ISchoolKeys, Staff.SchoolKeyService>();
        services.AddSingleton<DemoSeeder>();
        services.AddTurnCaches();
        return services;
    }
}
