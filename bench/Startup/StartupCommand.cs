using System.Diagnostics;
using System.Text.Json;
using LeftBehind.Bench.Channel;
using LeftBehind.Bench.Infra;

namespace LeftBehind.Bench.Startup;

/// <summary>
/// <c>startup</c>: time from process start to the first 200 from /healthz, for the built service (Release), on SQLite.
/// Each run starts the service on a fresh database (migrations and demo data run), stops it, and starts it again on
/// the same database (a restart of a built tree), so both are reported. The service's CPU seconds at that moment come
/// from /proc; the intent model is trained once (into the service's model directory) before the first measured run.
/// </summary>
internal static class StartupCommand
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new CliArgs(argv);
        var runs = a.Int("runs", 3);
        var outDir = a.Str("out", Path.Combine(Path.GetTempPath(), "lb-bench-startup"));
        a.RejectUnknown();

        // A first start trains and caches the intent model (a fresh clone does that once); it is not measured.
        var first = await OnceAsync(outDir, "prime", fresh: null).ConfigureAwait(false);
        Console.Error.WriteLine($"[startup] priming start (model cache filled): {first.Fresh.HealthyMs} ms");
        var results = new List<StartupRun>();
        for (var i = 1; i <= runs; i++)
        {
            var r = await OnceAsync(outDir, $"run{i}", fresh: true).ConfigureAwait(false);
            results.Add(r);
            Console.Error.WriteLine($"[startup] run {i}: fresh database {r.Fresh.HealthyMs} ms ({r.Fresh.CpuSeconds} s CPU), restart {r.Restart?.HealthyMs} ms ({r.Restart?.CpuSeconds} s CPU), load {r.LoadAverage}");
        }
        var summary = new
        {
            tool = "bench startup",
            runs,
            freshHealthyMsMedian = Stats.Median(results.Select(r => (double?)r.Fresh.HealthyMs)),
            freshCpuSecondsMedian = Stats.Median(results.Select(r => (double?)r.Fresh.CpuSeconds)),
            restartHealthyMsMedian = Stats.Median(results.Select(r => (double?)r.Restart?.HealthyMs)),
            restartCpuSecondsMedian = Stats.Median(results.Select(r => (double?)r.Restart?.CpuSeconds)),
            each = results,
        };
        Console.WriteLine(JsonSerializer.Serialize(summary, JsonDefaults.Options));
        return 0;
    }

    private static async Task<StartupRun> OnceAsync(string outDir, string name, bool? fresh)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"lb-bench-sqlite-{Guid.NewGuid():n}"[..32]);
        Directory.CreateDirectory(dir);
        try
        {
            var config = ServiceConfig.Sqlite(Path.Combine(dir, "leftbehind.db"));
            var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            var first = await StartOnceAsync(config, outDir, name + "-fresh").ConfigureAwait(false);
            var again = fresh is null ? null : await StartOnceAsync(config, outDir, name + "-restart").ConfigureAwait(false);
            return new StartupRun(first, again, load);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<StartupTiming> StartOnceAsync(ServiceConfig config, string outDir, string name)
    {
        var port = Ports.Free();
        var dll = RepoPaths.ServiceDll;
        if (!File.Exists(dll)) throw new FileNotFoundException($"build the service first: dotnet build bot -c Release ({dll} is missing)");
        var sw = Stopwatch.StartNew();
        await using var p = ManagedProcess.Start("service-" + name, "dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"], Path.GetDirectoryName(dll)!, config.Environment(port), Path.Combine(outDir, name + ".log"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        // Polled every 20 ms, bounded at 5 minutes (a loaded machine); the figure is the first 200.
        while (sw.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (p.HasExited) throw new InvalidOperationException($"{p.Name} exited; see {p.LogPath}");
            try
            {
                using var r = await http.GetAsync($"http://127.0.0.1:{port}/healthz").ConfigureAwait(false);
                if (r.IsSuccessStatusCode)
                {
                    var ms = sw.Elapsed.TotalMilliseconds;
                    return new StartupTiming(Stats.Round(ms, 0), ProcFs.CpuSeconds(p.Pid) ?? 0);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(20).ConfigureAwait(false);
        }
        throw new TimeoutException($"{p.Name} not healthy within 5 minutes; see {p.LogPath}");
    }
}
