using LeftBehind.Archive;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Storage;
using LeftBehind.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Archive;

/// <summary>The archive's services on a fresh database: a temp SQLite file or a new PostgreSQL database.</summary>
internal sealed class ArchiveHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _dir;

    private ArchiveHarness(ServiceProvider services, FakeTimeProvider time, string? dir)
    {
        _services = services;
        Time = time;
        _dir = dir;
    }

    public FakeTimeProvider Time { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public ArchiveDbContext Db() => Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContext();

    public static async Task<ArchiveHarness> CreateAsync(string provider, Action<ArchiveOptions>? configure = null)
    {
        string cs;
        string? dir = null;
        if (provider == "Postgres")
        {
            cs = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync("arch");
        }
        else
        {
            dir = Path.Combine(Path.GetTempPath(), "lb-arch-" + Guid.NewGuid().ToString("n"));
            Directory.CreateDirectory(dir);
            cs = $"Data Source={Path.Combine(dir, "a.db")}";
        }
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 16, 1, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(time);
        services.Configure<StorageOptions>(o =>
        {
            o.Provider = Enum.Parse<StorageProvider>(provider);
            o.ConnectionString = cs;
        });
        services.Configure<ArchiveOptions>(o => configure?.Invoke(o));
        services.AddArchiveServices();
        services.AddSingleton<ArchiveMigrator>();
        var sp = services.BuildServiceProvider();
        await sp.GetRequiredService<ArchiveMigrator>().StartAsync(CancellationToken.None);
        return new ArchiveHarness(sp, time, dir);
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
