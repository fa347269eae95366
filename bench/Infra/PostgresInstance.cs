using System.Diagnostics;
using Npgsql;

namespace LeftBehind.Bench.Infra;

/// <summary>
/// A private PostgreSQL (Debian's package) on a free loopback port and a temp data directory, run as the postgres
/// user; durable settings (fsync on) because the benchmark is about durable state. Stopped and deleted on dispose.
/// </summary>
internal sealed class PostgresInstance : IAsyncDisposable
{
    private readonly string _dataDir;

    private PostgresInstance(string dataDir, int port)
    {
        _dataDir = dataDir;
        Port = port;
    }

    public int Port { get; }

    private string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public static async Task<PostgresInstance> StartAsync()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), $"lb-bench-pg-{Environment.ProcessId}-{Guid.NewGuid():n}"[..48]);
        Directory.CreateDirectory(dataDir);
        await RunAsync("chown", ["postgres:postgres", dataDir], asPostgres: false).ConfigureAwait(false);
        await RunAsync(PgBin("initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]).ConfigureAwait(false);
        var pg = new PostgresInstance(dataDir, Ports.Free());
        await pg.StartServerAsync().ConfigureAwait(false);
        return pg;
    }

    public Task StartServerAsync() =>
        RunAsync(PgBin("pg_ctl"), ["-D", _dataDir, "-w", "-t", "60", "-l", Path.Combine(_dataDir, "server.log"), "-o", $"-p {Port} -k {_dataDir} -c listen_addresses=127.0.0.1 -c max_connections=300", "start"]);

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync().ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"CREATE DATABASE \"{name}\"";
        await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Maximum Pool Size=100";
    }

    /// <summary>Stops the server (fast: connections are cut, as in a crash of the database host) and starts it again.</summary>
    public async Task RestartAsync(TimeSpan down)
    {
        await StopServerAsync("fast").ConfigureAwait(false);
        await Task.Delay(down).ConfigureAwait(false);
        await StartServerAsync().ConfigureAwait(false);
    }

    public Task StopServerAsync(string mode) => RunAsync(PgBin("pg_ctl"), ["-D", _dataDir, "-m", mode, "-w", "stop"]);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopServerAsync("immediate").ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }
        Directory.Delete(_dataDir, recursive: true);
    }

    private static string PgBin(string tool)
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) throw new InvalidOperationException("PostgreSQL is not installed (scripts/install-test-deps.sh installs it)");
        return Path.Combine(Directory.GetDirectories(root).OrderByDescending(d => d, StringComparer.Ordinal).First(), "bin", tool);
    }

    private static async Task RunAsync(string file, IEnumerable<string> args, bool asPostgres = true)
    {
        // initdb and pg_ctl refuse to run as root.
        var psi = asPostgres ? new ProcessStartInfo("runuser") : new ProcessStartInfo(file);
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file }) psi.ArgumentList.Add(a);
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await p.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} failed ({p.ExitCode}): {await stderr.ConfigureAwait(false)} {await stdout.ConfigureAwait(false)}");
    }
}
