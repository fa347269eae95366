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
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;
using LeftBehind.Dialogs.Teacher;
using LeftBehind.Dialogs.Testing;
using LeftBehind.Dialogs.Understanding;
using LeftBehind.Tests.Emergency;
using LeftBehind.Tests.Guardian;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Conversations;

/// <summary>
/// The one transcript harness: the real archive with the demo school on a temp SQLite file and a clock that only moves
/// when a test moves it, in one of two shapes.
/// <list type="bullet">
/// <item><see cref="CreateAsync"/>: the whole bot as the host builds it (kernel, analyzer, conversations) behind one
/// in-memory channel. Each <see cref="Phone"/> is a user with their own conversation on it; proactive messages
/// (DirectProactiveMessenger → ContinueConversationAsync) arrive in the recipient's phone. Thursday 19 November 2026,
/// 12:00 in Shanghai.</item>
/// <item><see cref="CreateFamilyAsync"/>: the guardian, teacher and emergency flows on their own, each conversation a
/// <see cref="DialogTestClient"/> rooted at one dialog (<see cref="Guardian"/>, <see cref="Teacher"/>, <see cref="Client"/>),
/// users bound with the demo invite codes, a recording messenger at the proactive boundary. Monday 23 November 2026,
/// 09:00 in Shanghai.</item>
/// </list>
/// </summary>
internal sealed class ConversationHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 19, 4, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset FamilyStart = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    public const string Grandpa = "YEYE67";
    public const string Aunt = "GUGU28";
    public const string Father = "BABA23";
    public const string Mother = "MAMA45";
    public const string HeadTeacher = "BZR789";
    public const string MentorTeacher = "BFJS56";

    private static readonly string ModelDirectory = Path.Combine(Path.GetTempPath(), "lb-test-models");
    private readonly ServiceProvider _services;
    private readonly string _dir;
    private readonly Dictionary<string, Queue<Activity>> _inboxes = [];

    private ConversationHarness(ServiceProvider services, FakeTimeProvider time, string dir)
    {
        _services = services;
        Time = time;
        _dir = dir;
    }

    public FakeTimeProvider Time { get; }

    /// <summary>The in-memory channel of the whole bot (<see cref="CreateAsync"/> only).</summary>
    public TestAdapter Adapter => Get<TestAdapter>();

    /// <summary>The bot (<see cref="CreateAsync"/> only).</summary>
    public IBot Bot => Get<IBot>();

    /// <summary>What the flows sent proactively (<see cref="CreateFamilyAsync"/> only).</summary>
    public RecordingMessenger Messenger => Get<RecordingMessenger>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A transcript on the adapter's own conversation (user "user1").</summary>
    public TestFlow Flow() => new(Adapter, Bot.OnTurnAsync);

    /// <summary>The whole bot behind one in-memory channel.</summary>
    /// <remarks>
    /// The demo families have agreed already (<see cref="LeftBehind.Tests.Infrastructure.FamilyConsent"/>) unless
    /// <paramref name="familyConsented"/> is false: then a parent or guardian binding in the chat is asked first.
    /// </remarks>
    public static async Task<ConversationHarness> CreateAsync(Action<IServiceCollection>? configure = null, string locale = "zh-CN", bool familyConsented = true)
    {
        var dir = Path.Combine(Path.GetTempPath(), "lb-conv-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        var time = new FakeTimeProvider(Start);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kernel:Storage"] = "Memory",
            ["TextAnalysis:ModelDirectory"] = ModelDirectory,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(time);
        services.Configure<StorageOptions>(o =>
        {
            o.Provider = StorageProvider.Sqlite;
            o.ConnectionString = $"Data Source={Path.Combine(dir, "a.db")}";
            o.SeedDemoData = true;
        });
        services.AddArchiveServices();
        services.AddSingleton<ArchiveMigrator>();
        services.AddSingleton<DemoSeedOnStart>();
        services.AddConversationKernel(config);
        services.AddTextAnalysis(config);
        services.AddConversations(config);
        // What the host composes in production (the database state, the outbox, the scheduler's reminder replies),
        // here in memory and straight through the test adapter.
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<IProactiveMessenger>(sp => new DirectProactiveMessenger(
            sp.GetRequiredService<BotAdapter>, sp.GetRequiredService<IBindingService>(), sp.GetRequiredService<IPreferenceService>()));
        services.AddSingleton<LoggingReminderReplySink>();
        services.AddSingleton<IReminderReplySink>(sp => sp.GetRequiredService<LoggingReminderReplySink>());
        services.AddSingleton(sp =>
        {
            var adapter = new TestAdapter(Channels.Test, time, locale);
            foreach (var m in sp.GetServices<IMiddleware>()) adapter.Use(m);
            return adapter;
        });
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<TestAdapter>());
        configure?.Invoke(services);
        var sp = services.BuildServiceProvider();
        await sp.GetRequiredService<ArchiveMigrator>().StartAsync(CancellationToken.None);
        await sp.GetRequiredService<DemoSeedOnStart>().StartAsync(CancellationToken.None);
        if (familyConsented) await LeftBehind.Tests.Infrastructure.FamilyConsent.RecordForEveryFamilyMemberAsync(sp, time.GetUtcNow());
        return new ConversationHarness(sp, time, dir);
    }

    /// <summary>The guardian, teacher and emergency flows on the real archive, with a recording messenger.</summary>
    public static async Task<ConversationHarness> CreateFamilyAsync(Action<EmergencyEscalationOptions>? escalation = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "lb-family-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        var time = new FakeTimeProvider(FamilyStart);
        var services = new ServiceCollection();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["TextAnalysis:ModelDirectory"] = ModelDirectory }).Build();
        services.AddSingleton<IConfiguration>(config);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(time);
        services.Configure<StorageOptions>(o =>
        {
            o.Provider = StorageProvider.Sqlite;
            o.ConnectionString = $"Data Source={Path.Combine(dir, "family.db")}";
        });
        // The leave flow reads which part of a message is the leave with the analyzer's leave intent, as in production.
        services.AddTextAnalysis(config);
        services.AddArchiveServices();
        services.AddSingleton<ArchiveMigrator>();
        services.AddSingleton<RecordingMessenger>();
        services.AddSingleton<IProactiveMessenger>(sp => sp.GetRequiredService<RecordingMessenger>());
        services.AddSingleton<LoggingReminderReplySink>();
        services.AddSingleton<IReminderReplySink>(sp => sp.GetRequiredService<LoggingReminderReplySink>());
        services.AddSingleton<BindCurrentUserMiddleware>();
        services.AddSingleton<MessageProbeDialog>();
        // The acknowledgement middleware reads whether a dialog is running (a soft "好" then answers it).
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<UserState>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<KernelAccessors>();
        services.AddGuardianFlows();
        services.AddTeacherFlows();
        services.AddEmergencyFlows();
        if (escalation is not null) services.Configure(escalation);
        var sp = services.BuildServiceProvider();
        await sp.GetRequiredService<ArchiveMigrator>().StartAsync(CancellationToken.None);
        await sp.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
        return new ConversationHarness(sp, time, dir);
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

    /// <summary>A user on their own conversation of the test channel.</summary>
    public Phone NewPhone(string userId, string? locale = null) => new(this, userId, locale);

    /// <summary>A phone that has sent its invite code in the chat and been told 绑定成功; its replies so far are read.</summary>
    public async Task<Phone> BoundPhoneAsync(string userId, string code)
    {
        var phone = NewPhone(userId);
        await phone.SendAsync(code);
        Assert.StartsWith("绑定成功", phone.Reply());
        phone.AllReplies();
        return phone;
    }

    internal async Task SendAsync(Phone phone, Activity activity)
    {
        activity.From = new ChannelAccount { Id = phone.UserId, Name = phone.UserId, Role = "user" };
        activity.Conversation = new ConversationAccount { Id = phone.ConversationId };
        activity.Locale = phone.Locale ?? Adapter.Locale;
        await Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync);
        Drain();
    }

    internal Activity? Next(Phone phone)
    {
        Drain();
        return _inboxes.TryGetValue(phone.ConversationId, out var q) && q.TryDequeue(out var a) ? a : null;
    }

    private void Drain()
    {
        while (Adapter.GetNextMessage() is { } reply)
        {
            var id = reply.Conversation?.Id ?? string.Empty;
            if (!_inboxes.TryGetValue(id, out var q)) _inboxes[id] = q = new Queue<Activity>();
            q.Enqueue(reply);
        }
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
