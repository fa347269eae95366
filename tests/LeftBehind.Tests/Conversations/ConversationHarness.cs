using LeftBehind.Archive;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Storage;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Guardian;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;
using LeftBehind.Dialogs.Testing;
using LeftBehind.Dialogs.Understanding;
using LeftBehind.Tests.Guardian;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Conversations;

/// <summary>
/// The whole bot as the host builds it (kernel, analyzer, archive with the demo school on a temp SQLite file,
/// conversations) behind one in-memory channel. Each <see cref="Phone"/> is a user with their own conversation on it;
/// proactive messages (DirectProactiveMessenger → ContinueConversationAsync) arrive in the recipient's phone.
/// The clock is Thursday 19 November 2026, 12:00 in Shanghai.
/// </summary>
internal sealed class ConversationHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 19, 4, 0, 0, TimeSpan.Zero);
    private static readonly string ModelDirectory = Path.Combine(Path.GetTempPath(), "lb-test-models");
    private readonly ServiceProvider _services;
    private readonly string _dir;
    private readonly Dictionary<string, Queue<Activity>> _inboxes = [];

    private ConversationHarness(ServiceProvider services, FakeTimeProvider time, string dir)
    {
        _services = services;
        Time = time;
        _dir = dir;
        Adapter = services.GetRequiredService<TestAdapter>();
        Bot = services.GetRequiredService<IBot>();
    }

    public FakeTimeProvider Time { get; }
    public TestAdapter Adapter { get; }
    public IBot Bot { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A transcript on the adapter's own conversation (user "user1").</summary>
    public TestFlow Flow() => new(Adapter, Bot.OnTurnAsync);

    public static async Task<ConversationHarness> CreateAsync(Action<IServiceCollection>? configure = null, string locale = "zh-CN")
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
        return new ConversationHarness(sp, time, dir);
    }

    /// <summary>A user on their own conversation of the test channel.</summary>
    public Phone NewPhone(string userId, string? locale = null) => new(this, userId, locale);

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
