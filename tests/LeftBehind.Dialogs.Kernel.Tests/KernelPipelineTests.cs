using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;
using LeftBehind.Dialogs.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Kernel;

public sealed class KernelPipelineTests
{
    private static ServiceProvider Build(FakeTimeProvider time, bool transcripts = false, IStorage? storage = null, IClusterLock? clusterLock = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kernel:Storage"] = "Memory",
            ["Kernel:TranscriptLogging"] = transcripts ? "true" : null,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddConversationKernel(configuration);
        // The kernel owns neither a store nor a bot: its user chooses them.
        if (storage is null) services.AddSingleton<IStorage, MemoryStorage>();
        else services.AddSingleton(storage);
        if (clusterLock is not null) services.AddSingleton(clusterLock);
        services.AddSingleton<IBot, DialogBot>();
        services.AddRootDialog<ChooseLanguageDialog>();
        return services.BuildServiceProvider();
    }

    private static TestFlow Flow(ServiceProvider sp, string channel = Channels.Test, string? locale = null)
    {
        var adapter = new TestAdapter(channel, sp.GetRequiredService<TimeProvider>(), locale);
        foreach (var m in sp.GetServices<IMiddleware>()) adapter.Use(m);
        var bot = sp.GetRequiredService<IBot>();
        return new TestFlow(adapter, bot.OnTurnAsync);
    }

    [Fact]
    public async Task The_language_the_user_chooses_is_remembered_for_later_turns()
    {
        using var sp = Build(new FakeTimeProvider());
        await Flow(sp)
            .Send("你好").AssertReply("Language / 语言").AssertSuggestedActions("简体中文", "繁體中文", "English")
            .Send("😀").AssertReply("请回复选项前面的数字，或直接点选。\nLanguage / 语言")
            .Send("3").AssertReply("OK")
            .Send("hi").AssertReply("Language / 语言")
            .Send("😀").AssertReply("Please reply with the number of an option, or tap one.\nLanguage / 语言")
            .Send("繁體中文").AssertReply("OK")
            .Send("hi").AssertReply("Language / 语言")
            .Send("？").AssertReply(a => a.Text!.StartsWith("隨時可以說「選單」", StringComparison.Ordinal), "help in zh-TW")
            .AssertReply("Language / 语言").AssertSuggestedActions("简体中文", "繁體中文", "English")
            .StartTestAsync();
    }

    [Fact]
    public async Task With_several_instances_each_turn_reads_its_state_once_and_the_chosen_language_still_holds()
    {
        var storage = new CountingStorage(new MemoryStorage());
        using var sp = Build(new FakeTimeProvider(), storage: storage, clusterLock: new SpanningLock());
        await Flow(sp)
            .Send("你好").AssertReply("Language / 语言")
            .Send("3").AssertReply("OK")
            .Send("hi").AssertReply("Language / 语言")
            .Send("😀").AssertReply("Please reply with the number of an option, or tap one.\nLanguage / 语言")
            .StartTestAsync();
        // The runner reads afresh under a lock that spans processes; a read before it would be thrown away.
        Assert.Equal(4, storage.Reads);
    }

    [Fact]
    public async Task With_a_lock_that_reads_the_state_as_it_locks_each_turn_takes_its_rows_from_the_lock_and_the_chosen_language_still_holds()
    {
        var memory = new MemoryStorage();
        var storage = new CountingStorage(memory);
        var clusterLock = new ReadingLock(storage, memory);
        using var sp = Build(new FakeTimeProvider(), storage: storage, clusterLock: clusterLock);
        await Flow(sp)
            .Send("你好").AssertReply("Language / 语言")
            .Send("3").AssertReply("OK")
            .Send("hi").AssertReply("Language / 语言")
            .Send("😀").AssertReply("Please reply with the number of an option, or tap one.\nLanguage / 语言")
            .StartTestAsync();
        // PostgreSQL's lock reads the rows in its own round trip: the turn reads nothing more.
        Assert.Equal(0, storage.Reads);
        Assert.Equal(4, clusterLock.Reads);
    }

    [Fact]
    public async Task Without_a_profile_the_activity_locale_decides_and_unknown_locales_fall_back_to_zh_CN()
    {
        using var sp = Build(new FakeTimeProvider());
        await Flow(sp, locale: "en-GB").Send("hi").AssertReply("Language / 语言")
            .Send("?").AssertReply(a => a.Text!.StartsWith("Say \"menu\"", StringComparison.Ordinal), "help in English")
            .StartTestAsync();
        await Flow(sp, locale: "fr-FR").Send("hi").AssertReply("Language / 语言")
            .Send("?").AssertReply(a => a.Text!.StartsWith("随时可以说「菜单」", StringComparison.Ordinal), "help in zh-CN")
            .StartTestAsync();
    }

    [Fact]
    public async Task Sms_users_get_a_numbered_list_in_their_language()
    {
        using var sp = Build(new FakeTimeProvider());
        await Flow(sp, Channels.Sms, "zh-TW")
            .Send("hi").AssertReply("Language / 语言\n請回覆數字：\n1. 简体中文\n2. 繁體中文\n3. English").AssertSuggestedActions()
            .StartTestAsync();
    }

    [Fact]
    public async Task Transcript_keeps_both_sides_with_personal_data_redacted()
    {
        using var sp = Build(new FakeTimeProvider(), transcripts: true);
        var flow = Flow(sp);
        await flow.Send("我的电话是13812345678，身份证110101201001011234").AssertReply("Language / 语言").StartTestAsync();
        var store = (MemoryTranscriptStore)sp.GetRequiredService<ITranscriptLogger>();
        var transcript = store.GetTranscript(Channels.Test, flow.Adapter.Conversation.Conversation!.Id!);
        Assert.Equal(2, transcript.Count);
        Assert.Equal("我的电话是[电话]，身份证[身份证]", transcript[0].Text);
        Assert.Equal("user", transcript[0].From!.Role);
        Assert.Equal("bot", transcript[1].From!.Role);
        Assert.DoesNotContain(transcript, a => a.Text!.Contains("138", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_transcript_is_kept_unless_it_is_turned_on()
    {
        using var sp = Build(new FakeTimeProvider());
        var flow = Flow(sp);
        await flow.Send("我的电话是13812345678").AssertReply("Language / 语言").StartTestAsync();
        var store = (MemoryTranscriptStore)sp.GetRequiredService<ITranscriptLogger>();
        Assert.Empty(store.GetTranscript(Channels.Test, flow.Adapter.Conversation.Conversation!.Id!));
    }

    /// <summary>Stands for the PostgreSQL lock: it excludes other processes, so the runner always reads state afresh.</summary>
    private sealed class SpanningLock : IClusterLock
    {
        public bool SpansProcesses => true;

        public ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken = default) => ValueTask.FromResult<IAsyncDisposable>(new Released());

        public ValueTask<IAsyncDisposable?> TryAcquireAsync(string key, CancellationToken cancellationToken = default) => ValueTask.FromResult<IAsyncDisposable?>(new Released());

        private sealed class Released : IAsyncDisposable
        {
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    /// <summary>Stands for the PostgreSQL lock that reads the turn's rows of the storage it shares a database with.</summary>
    private sealed class ReadingLock(IStorage storage, IStorage rows) : IStateReadingClusterLock
    {
        public int Reads { get; private set; }

        public bool SpansProcesses => true;

        public bool CanRead(IStorage s) => s == storage;

        public async ValueTask<LockedRows> AcquireAndReadAsync(string key, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            return new LockedRows(await AcquireAsync(key, cancellationToken), await rows.ReadAsync(keys, cancellationToken));
        }

        public ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken = default) => new SpanningLock().AcquireAsync(key, cancellationToken);

        public ValueTask<IAsyncDisposable?> TryAcquireAsync(string key, CancellationToken cancellationToken = default) => new SpanningLock().TryAcquireAsync(key, cancellationToken);
    }

    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        public int Reads { get; private set; }

        public Task<IReadOnlyDictionary<string, StorageEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            return inner.ReadAsync(keys, cancellationToken);
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StorageEntry> changes, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
