namespace LeftBehind.Bench.Infra;

/// <summary>
/// Our service as a separate process on a given storage: "sqlite" (a fresh database file in a temp directory) or
/// "postgres" (a private PostgreSQL server and database). Restartable on the same port and database (fault drills).
/// </summary>
internal sealed class ServiceUnderTest : IAsyncDisposable
{
    private readonly string _logDir;
    private readonly string _name;
    private int _starts;

    private ServiceUnderTest(string name, ServiceConfig config, int port, string logDir, PostgresInstance? postgres, string? dataDir)
    {
        _name = name;
        Config = config;
        Port = port;
        _logDir = logDir;
        Postgres = postgres;
        DataDir = dataDir;
    }

    public ServiceConfig Config { get; }

    public int Port { get; }

    public PostgresInstance? Postgres { get; }

    /// <summary>The directory holding the SQLite database (null on PostgreSQL).</summary>
    public string? DataDir { get; }

    public ManagedProcess? Process { get; private set; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string MessagesUrl => BaseUrl + "/api/messages";

    public int Pid => Process?.Pid ?? 0;

    public static async Task<ServiceUnderTest> StartAsync(string storage, string logDir, string? sqliteDir = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        var port = Ports.Free();
        ServiceUnderTest s;
        if (storage.Equals("postgres", StringComparison.OrdinalIgnoreCase))
        {
            var pg = await PostgresInstance.StartAsync().ConfigureAwait(false);
            var cs = await pg.CreateDatabaseAsync("leftbehind_bench").ConfigureAwait(false);
            s = new ServiceUnderTest("service-postgres", ServiceConfig.Postgres(cs) with { Extra = extra }, port, logDir, pg, null);
        }
        else
        {
            var dir = sqliteDir ?? Path.Combine(Path.GetTempPath(), $"lb-bench-sqlite-{Guid.NewGuid():n}"[..32]);
            Directory.CreateDirectory(dir);
            s = new ServiceUnderTest("service-sqlite", ServiceConfig.Sqlite(Path.Combine(dir, "leftbehind.db")) with { Extra = extra }, port, logDir, null, dir);
        }
        await s.StartProcessAsync().ConfigureAwait(false);
        return s;
    }

    public string SqlitePath => Path.Combine(DataDir ?? throw new InvalidOperationException("not on SQLite"), "leftbehind.db");

    public async Task StartProcessAsync()
    {
        _starts++;
        Process = await Launcher.StartServiceAsync(_starts == 1 ? _name : $"{_name}-{_starts}", Config, Port, _logDir).ConfigureAwait(false);
    }

    public void Kill() => Process?.Kill();

    public async Task StopProcessAsync()
    {
        if (Process is { } p) await p.DisposeAsync().ConfigureAwait(false);
        Process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopProcessAsync().ConfigureAwait(false);
        if (Postgres is not null) await Postgres.DisposeAsync().ConfigureAwait(false);
        if (DataDir is not null && DataDir.Contains("lb-bench-sqlite-", StringComparison.Ordinal))
        {
            try
            {
                Directory.Delete(DataDir, recursive: true);
            }
            catch (IOException)
            {
                // a leftover temp directory is harmless
            }
        }
    }
}
