using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using LeftBehind.Bench.Channel;
using LeftBehind.Bench.Infra;
using LeftBehind.Bench.Load;

namespace LeftBehind.Bench.Drills;

/// <summary>
/// <c>drill-diskfull</c> (root): the SQLite database on a small tmpfs made for the drill; under load the filesystem is
/// filled to the last byte. Checks: the service stays up; users get an answer (the apology), not silence; the log says
/// what happened; after the service is stopped, <c>PRAGMA integrity_check</c> is "ok"; once space is freed and the
/// service restarted, turns succeed again. The tmpfs is unmounted at the end.
/// </summary>
internal static class DiskFullDrillCommand
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new CliArgs(argv);
        var sizeMb = a.Int("size-mb", 48);
        var phase = a.Dbl("phase-s", 8);
        var concurrency = a.Int("concurrency", 10);
        var outDir = a.Str("out", Path.Combine(Path.GetTempPath(), "lb-bench-drill-diskfull"));
        a.RejectUnknown();
        Directory.CreateDirectory(outDir);
        var mount = Path.Combine(Path.GetTempPath(), $"lb-bench-diskfull-{Guid.NewGuid():n}"[..30]);
        Directory.CreateDirectory(mount);
        await RunAsync("mount", "-t", "tmpfs", "-o", $"size={sizeMb}m,mode=0777", "tmpfs", mount).ConfigureAwait(false);
        try
        {
            return await DrillAsync(mount, phase, concurrency, outDir).ConfigureAwait(false);
        }
        finally
        {
            await RunAsync("umount", "-l", mount).ConfigureAwait(false);
            Directory.Delete(mount);
        }
    }

    private static async Task<int> DrillAsync(string mount, double phase, int concurrency, string outDir)
    {
        var timeline = new TurnTimeline();
        await using var sut = await ServiceUnderTest.StartAsync("sqlite", outDir, sqliteDir: Path.Combine(mount, "data")).ConfigureAwait(false);
        var pid = sut.Pid;
        var runner = new LoadRunner(new LoadOptions
        {
            BotUrl = sut.MessagesUrl, ScenarioName = "parent", Concurrency = concurrency, DurationS = 3 * phase + 120, TimeoutMs = 10000,
            Label = "drill-diskfull", Quiet = true, SinkLog = Path.Combine(outDir, "sink.jsonl"), TurnLog = Path.Combine(outDir, "turns.jsonl"),
        }, Scenario.Load("parent")) { TurnCompleted = timeline.Record };
        var load = runner.RunAsync();
        await Task.Delay(TimeSpan.FromSeconds(phase)).ConfigureAwait(false);

        var filler = Path.Combine(mount, "filler.bin");
        var fullAt = timeline.Now;
        var filled = Fill(filler);
        Console.Error.WriteLine($"[drill-diskfull] filesystem filled at {fullAt:F1}s ({filled / 1024 / 1024} MiB of filler)");
        int healthzFull;
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            await Task.Delay(TimeSpan.FromSeconds(phase)).ConfigureAwait(false);
            using var r = await http.GetAsync(sut.BaseUrl + "/healthz").ConfigureAwait(false);
            healthzFull = (int)r.StatusCode;
        }
        var endFull = timeline.Now;
        runner.Stop();
        var report = await load.ConfigureAwait(false);
        var aliveWhileFull = ProcFs.IsAlive(pid);
        var apologies = CountApologies(Path.Combine(outDir, "sink.jsonl"));
        await sut.StopProcessAsync().ConfigureAwait(false);
        var logText = await File.ReadAllTextAsync(Path.Combine(outDir, "service-sqlite.log")).ConfigureAwait(false);
        var diskErrors = Regex.Matches(logText, "disk is full|No space left|SQLITE_FULL|database or disk is full", RegexOptions.IgnoreCase).Count;
        var firstError = Regex.Match(logText, ".*(disk is full|No space left|SQLITE_FULL).*", RegexOptions.IgnoreCase).Value.Trim();

        // Integrity while the disk is still full (the state the power-cut or the next start would find), then after freeing space.
        var integrityFull = await SqliteInspector.IntegrityCheckAsync(sut.SqlitePath).ConfigureAwait(false);
        File.Delete(filler);
        var integrityFreed = await SqliteInspector.IntegrityCheckAsync(sut.SqlitePath).ConfigureAwait(false);

        await sut.StartProcessAsync().ConfigureAwait(false);
        var recovery = new TurnTimeline();
        var after = await new LoadRunner(new LoadOptions
        {
            BotUrl = sut.MessagesUrl, ScenarioName = "parent", Concurrency = concurrency, DurationS = phase, TimeoutMs = 10000, Label = "after-freeing", Quiet = true,
        }, Scenario.Load("parent")) { TurnCompleted = recovery.Record }.RunAsync().ConfigureAwait(false);

        var passed = aliveWhileFull && integrityFull == "ok" && integrityFreed == "ok" && after.TurnsCompleted > 0 && after.HttpErrors == 0 && diskErrors > 0;
        var result = new
        {
            drill = "disk-full",
            filledAtS = Stats.Round(fullAt),
            beforeFull = timeline.Between(0, fullAt),
            whileFull = new { turns = timeline.Between(fullAt, endFull), statuses = timeline.Statuses(fullAt, endFull), apologyReplies = apologies, healthz = healthzFull },
            serviceAliveWhileFull = aliveWhileFull,
            serviceLogDiskErrors = diskErrors,
            serviceLogFirstDiskError = firstError.Length > 300 ? firstError[..300] : firstError,
            integrityCheckWhileFull = integrityFull,
            integrityCheckAfterFreeing = integrityFreed,
            afterFreeingAndRestart = new { after.TurnsCompleted, after.TurnsPerSec, after.HttpErrors, after.Timeouts, after.UnexpectedReplies },
            load = new { report.TurnsSent, report.TurnsCompleted, report.HttpErrors, report.Timeouts, report.UnexpectedReplies, report.HttpStatuses, report.ErrorSamples, report.UnexpectedSamples },
            passed,
        };
        Console.WriteLine(JsonSerializer.Serialize(result, JsonDefaults.Indented));
        return passed ? 0 : 1;
    }

    /// <summary>Writes zeros until the filesystem refuses (bounded by the filesystem's size).</summary>
    private static long Fill(string path)
    {
        var chunk = new byte[1024 * 1024];
        long written = 0;
        using var f = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        for (var size = chunk.Length; size >= 512;)
        {
            try
            {
                f.Write(chunk, 0, size);
                f.Flush(true);
                written += size;
            }
            catch (IOException)
            {
                size /= 2;
            }
        }
        return written;
    }

    /// <summary>Replies that are the service's turn-error apology (HostMessages TurnError), rather than silence.</summary>
    private static int CountApologies(string sinkLog) =>
        File.Exists(sinkLog) ? File.ReadLines(sinkLog).Count(l => l.Contains(TurnTimeline.ApologyMarker, StringComparison.Ordinal)) : 0;

    private static async Task RunAsync(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var x in args) psi.ArgumentList.Add(x);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException(file);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await p.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)}: {await p.StandardError.ReadToEndAsync().ConfigureAwait(false)}");
    }
}
