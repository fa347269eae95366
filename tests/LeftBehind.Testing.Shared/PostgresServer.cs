using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace LeftBehind.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server from Debian's packages, started once per test run on a private data directory and a
/// free loopback port. test.sh installs the package; a missing server is a test failure, never a silent skip.
/// Each caller gets a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresServer? _shared;
    private readonly string _dataDir;
    private readonly int _port;

    private PostgresServer(string dataDir, int port)
    {
        _dataDir = dataDir;
        _port = port;
    }

    public string AdminConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Pooling=false";

    public static async Task<PostgresServer> SharedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _shared ??= await StartAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = $"{prefix}_{Guid.NewGuid():n}"[..Math.Min(60, prefix.Length + 33)].ToLowerInvariant();
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"CREATE DATABASE \"{name}\"";
        await cmd.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={_port};Username=postgres;Database={name}";
    }

    /// <summary>Stops and starts the server in place (fault drills: the service must recover by itself).</summary>
    public async Task RestartAsync()
    {
        await RunAsync(PgBin("pg_ctl"), $"-D {_dataDir} -m fast -w stop");
        await RunAsync(PgBin("pg_ctl"), $"-D {_dataDir} -w -l {_dataDir}/server.log -o \"-p {_port} -k {_dataDir}\" start");
    }

    private static async Task<PostgresServer> StartAsync()
    {
        // The test command names its run (LB_PG_RUN) so that at its end it stops only the servers this run started,
        // never those of another run on the same machine.
        var run = Environment.GetEnvironmentVariable("LB_PG_RUN") is { Length: > 0 } r ? r : "0";
        var dataDir = Path.Combine(Path.GetTempPath(), $"lb-pg-{run}-{Environment.ProcessId}-{Guid.NewGuid().ToString("n")[..16]}");
        Directory.CreateDirectory(dataDir);
        await RunAsync("chown", $"postgres:postgres {dataDir}");
        await RunAsync(PgBin("initdb"), $"-D {dataDir} -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 -N");
        var port = FreePort();
        // fsync off: a test server that is thrown away after the run need not survive a power cut.
        await RunAsync(PgBin("pg_ctl"), $"-D {dataDir} -w -l {dataDir}/server.log -o \"-p {port} -k {dataDir} -c fsync=off -c max_connections=300\" start");
        var server = new PostgresServer(dataDir, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopSync();
        return server;
    }

    private void StopSync()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("runuser", ["-u", "postgres", "--", PgBin("pg_ctl"), "-D", _dataDir, "-m", "immediate", "stop"]) { RedirectStandardOutput = true, RedirectStandardError = true });
            p?.WaitForExit(10_000);
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (Exception)
        {
            // Best effort at process exit: a leftover temp directory must not fail the run.
        }
    }

    public async ValueTask DisposeAsync()
    {
        StopSync();
        await Task.CompletedTask;
    }

    private static string PgBin(string tool)
    {
        var root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) throw new InvalidOperationException("PostgreSQL is not installed: run ./test.sh, which installs it from Debian's packages.");
        var version = Directory.GetDirectories(root).OrderByDescending(d => d).First();
        return Path.Combine(version, "bin", tool);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string args)
    {
        // initdb and pg_ctl refuse to run as root, so they run as the postgres user.
        var psi = file == "chown"
            ? new ProcessStartInfo(file, args)
            : new ProcessStartInfo("runuser", $"-u postgres -- {file} {args}");
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {args} failed ({p.ExitCode}): {await stderr} {await stdout}");
    }
}
