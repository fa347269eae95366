using System.Text.Json;
using LeftBehind.Archive;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Demo;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Storage;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Dialogs.Guardian;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Teacher;
using LeftBehind.Dialogs.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// The guardian, teacher and emergency flows on the real archive: the demo school on a temp SQLite file, users
/// bound with the demo invite codes, a recording messenger at the proactive boundary, and a clock that only moves
/// when a test moves it (Monday 23 Nov 2026, 09:00 in Shanghai).
/// </summary>
internal sealed class FamilyHarness : IAsyncDisposable
{
    public const string Grandpa = "YEYE67";
    public const string Aunt = "GUGU28";
    public const string Father = "BABA23";
    public const string Mother = "MAMA45";
    public const string HeadTeacher = "BZR789";
    public const string MentorTeacher = "BFJS56";

    private readonly ServiceProvider _services;
    private readonly string _dir;

    private FamilyHarness(ServiceProvider services, FakeTimeProvider time, string dir)
    {
        _services = services;
        Time = time;
        _dir = dir;
    }

    public FakeTimeProvider Time { get; }
    public RecordingMessenger Messenger => Get<RecordingMessenger>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<FamilyHarness> CreateAsync(Action<EmergencyEscalationOptions>? escalation = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "lb-family-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(time);
        services.Configure<StorageOptions>(o =>
        {
            o.Provider = StorageProvider.Sqlite;
            o.ConnectionString = $"Data Source={Path.Combine(dir, "family.db")}";
        });
        services.AddArchiveServices();
        services.AddSingleton<ArchiveMigrator>();
        services.AddSingleton<RecordingMessenger>();
        services.AddSingleton<IProactiveMessenger>(sp => sp.GetRequiredService<RecordingMessenger>());
        services.AddSingleton<LeftBehind.Tests.Guardian.LoggingReminderReplySink>();
        services.AddSingleton<LeftBehind.Dialogs.Guardian.IReminderReplySink>(sp => sp.GetRequiredService<LeftBehind.Tests.Guardian.LoggingReminderReplySink>());
        services.AddSingleton<BindCurrentUserMiddleware>();
        services.AddSingleton<MessageProbeDialog>();
        services.AddGuardianFlows();
        services.AddTeacherFlows();
        services.AddEmergencyFlows();
        if (escalation is not null) services.Configure(escalation);
        var sp = services.BuildServiceProvider();
        await sp.GetRequiredService<ArchiveMigrator>().StartAsync(CancellationToken.None);
        await sp.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
        return new FamilyHarness(sp, time, dir);
    }

    /// <summary>Binds a channel user with an invite code, as the binding dialog would.</summary>
    public async Task<BoundPerson> BindAsync(string code, string userId)
    {
        var reference = new ConversationReference
        {
            ChannelId = Channels.Test,
            ServiceUrl = "https://test.invalid/",
            Conversation = new ConversationAccount { Id = "conv-" + userId },
            User = new ChannelAccount { Id = userId },
            Bot = new ChannelAccount { Id = "bot" },
        };
        var result = await Get<IBindingService>().RedeemAsync(code, Channels.Test, userId, JsonSerializer.Serialize(reference, BotJson.Options), "throttle-" + userId);
        Assert.Equal(RedeemOutcome.Bound, result.Outcome);
        return result.Person!;
    }

    /// <summary>A teacher of the demo school who has no fixed demo code (张建国 heads 四年级(2)班).</summary>
    public async Task<BoundPerson> BindTeacherAsync(string name, string userId)
    {
        var invite = await Get<IInviteService>().CreateTeacherInviteAsync(DemoData.SchoolName, name);
        return await BindAsync(invite.Code, userId);
    }

    /// <summary>A conversation of <paramref name="userId"/> whose root is <paramref name="dialog"/>, with the router's CurrentUser.</summary>
    public DialogTestClient Client(Dialog dialog, string userId, string locale = "zh-CN", object? options = null) =>
        new(Channels.Test, dialog, options, [Get<BindCurrentUserMiddleware>()], timeProvider: Time, locale: locale, conversationId: "conv-" + userId, userId: userId);

    public DialogTestClient Guardian(string userId, string locale = "zh-CN") => Client(Get<GuardianMenuDialog>(), userId, locale);

    public DialogTestClient Teacher(string userId, string locale = "zh-CN") => Client(Get<TeacherMenuDialog>(), userId, locale);

    public async Task<ChildSummary> ChildAsync(string name) =>
        (await Get<IChildrenService>().GetChildrenAsync(Actor.Admin)).Single(c => c.Name == name);

    public async Task<ChildFamily> FamilyAsync(string childName) =>
        (await Get<IChildrenService>().GetFamilyAsync(Actor.Admin, (await ChildAsync(childName)).Id))!;

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime.AddHours(8));

    public async Task<AttendanceStatus?> StatusAsync(string childName, DateOnly date)
    {
        var child = await ChildAsync(childName);
        var report = await Get<IAttendanceService>().GetAsync(Actor.Admin, child.Id, date, date);
        return report?.Days.FirstOrDefault(d => d.Date == date)?.Status;
    }

    public static Activity Photo(DialogTestClient client, string? text = null)
    {
        var a = client.Adapter.MakeActivity(text);
        a.Attachments = [new Attachment { ContentType = "image/jpeg", ContentUrl = "https://files.invalid/letter.jpg" }];
        return a;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }
}
