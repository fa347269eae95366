using LeftBehind.Archive;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Storage;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Scheduler;
using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Scheduler.Quartz;
using LeftBehind.Scheduler.Storage;
using LeftBehind.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace LeftBehind.Tests.Scheduler;

/// <summary>
/// The archive and the scheduler's services on a fresh database (temp SQLite file or a new PostgreSQL database),
/// a fake clock and a recording adapter. <see cref="RestartAsync"/> throws the process objects away and builds new
/// ones on the same database, as a crash and restart would.
/// </summary>
internal sealed class SchedulerHarness : IAsyncDisposable
{
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly string? _dir;
    private readonly Action<SchedulerOptions>? _configure;
    private readonly QuartzMode _quartz;
    private ServiceProvider _services;

    private SchedulerHarness(string provider, string connectionString, string? dir, TimeProvider clock, Action<SchedulerOptions>? configure, QuartzMode quartz)
    {
        _provider = provider;
        _connectionString = connectionString;
        _dir = dir;
        _configure = configure;
        _quartz = quartz;
        Clock = clock;
        _services = Build();
    }

    /// <summary>Thursday 2026-10-01 09:00 in Asia/Shanghai; tests move the clock forward from here.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 10, 1, 1, 0, 0, TimeSpan.Zero);

    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public TimeProvider Clock { get; }

    public FakeTimeProvider Time => Clock as FakeTimeProvider ?? throw new InvalidOperationException("this harness runs on the real clock");

    public RecordingBotAdapter Adapter { get; private set; } = null!;

    public string ConnectionString => _connectionString;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public ArchiveDbContext Db() => Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContext();

    public ArchiveSeed Seed => new(this);

    public static async Task<SchedulerHarness> CreateAsync(string provider = "Sqlite", DateTimeOffset? start = null, Action<SchedulerOptions>? configure = null,
        QuartzMode quartz = QuartzMode.None, TimeProvider? clock = null, string? connectionString = null)
    {
        string cs;
        string? dir = null;
        if (connectionString is not null)
        {
            cs = connectionString;
        }
        else if (provider == "Postgres")
        {
            cs = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync("sched");
        }
        else
        {
            dir = Path.Combine(Path.GetTempPath(), "lb-sched-" + Guid.NewGuid().ToString("n"));
            Directory.CreateDirectory(dir);
            cs = $"Data Source={Path.Combine(dir, "s.db")}";
        }

        var harness = new SchedulerHarness(provider, cs, dir, clock ?? new FakeTimeProvider(start ?? DefaultStart), configure, quartz);
        await harness.StartAsync();
        return harness;
    }

    /// <summary>Local wall-clock time in Shanghai, as UTC (for setting the fake clock readably).</summary>
    public static DateTimeOffset ShanghaiTime(int year, int month, int day, int hour, int minute = 0) =>
        new(TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0), Shanghai), TimeSpan.Zero);

    public void SetLocal(int year, int month, int day, int hour, int minute = 0) => SetUtc(ShanghaiTime(year, month, day, hour, minute));

    public void SetUtc(DateTimeOffset utc)
    {
        if (utc < Time.GetUtcNow()) throw new InvalidOperationException("the fake clock only moves forward");
        Time.SetUtcNow(utc);
    }

    public async Task<int> RunJobAsync(string name)
    {
        var result = await Get<JobRunner>().RunAsync(name, CancellationToken.None);
        return result?.Enqueued ?? throw new InvalidOperationException($"no job {name}");
    }

    public Task<int> DrainAsync() => Get<OutboxDispatcher>().DrainAsync(CancellationToken.None);

    public async Task<int> RunAndDeliverAsync(string job)
    {
        var written = await RunJobAsync(job);
        await DrainAsync();
        return written;
    }

    /// <summary>Wakes a waiting test each time Quartz finished a job run in this process.</summary>
    public JobsExecuted Jobs { get; } = new();

    /// <summary>Stores the schedules and starts Quartz, as the host does at startup (with <see cref="Jobs"/> listening).</summary>
    public async Task StartQuartzAsync()
    {
        // The hosted service starts the same scheduler instance the factory hands out here.
        var scheduler = await Get<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(Jobs, Array.Empty<IMatcher<JobKey>>());
        await QuartzService.StartAsync(CancellationToken.None);
    }

    public Task StopQuartzAsync() => QuartzService.StopAsync(CancellationToken.None);

    private IHostedService QuartzService => _services.GetServices<IHostedService>().OfType<SchedulerHostedService>().Single();

    public async Task RestartAsync()
    {
        await _services.DisposeAsync();
        _services = Build();
        await StartAsync();
    }

    private async Task StartAsync()
    {
        await Get<ArchiveMigrator>().StartAsync(CancellationToken.None);
        // What the dispatcher service does first on a single-node store.
        if (_provider == "Sqlite") await Get<OutboxStore>().ReleaseAllLeasesAsync(CancellationToken.None);
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(Clock);
        services.Configure<StorageOptions>(o =>
        {
            o.Provider = Enum.Parse<StorageProvider>(_provider);
            o.ConnectionString = _connectionString;
        });
        services.AddArchiveServices();
        services.AddSingleton<ArchiveMigrator>();
        services.AddSingleton<IDbConnectionFactory, DbConnectionFactory>();
        services.AddSchedulerServices();
        services.Configure<SchedulerOptions>(o =>
        {
            o.Outbox.BaseRetryDelay = TimeSpan.FromSeconds(10);
            o.Outbox.MaxRetryDelay = TimeSpan.FromMinutes(5);
            o.Outbox.MaxAttempts = 4;
            _configure?.Invoke(o);
        });
        if (_quartz != QuartzMode.None)
        {
            var quartzCs = _provider == "Postgres" ? _connectionString : $"Data Source={Path.Combine(_dir!, "quartz.db")}";
            services.AddSchedulerQuartz(new QuartzStoreSettings(Enum.Parse<StorageProvider>(_provider), quartzCs, _quartz == QuartzMode.Clustered));
        }

        Adapter = new RecordingBotAdapter();
        services.AddSingleton<BotAdapter>(Adapter);
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_dir is null) return;
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
