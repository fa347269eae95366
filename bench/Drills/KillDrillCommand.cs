using System.Diagnostics;
using System.Text.Json;
using LeftBehind.Bench.Channel;
using LeftBehind.Bench.Infra;
using LeftBehind.Bench.Load;

namespace LeftBehind.Bench.Drills;

/// <summary>
/// <c>drill-kill</c>: load on the service (<c>--target sqlite|postgres</c>) (or the JS peer, as a control the checker must fail), SIGKILL at
/// <c>--kill-at-s</c>, restart on the same port and database after <c>--down-s</c>; the simulator redelivers the
/// unacknowledged activities with their ids once the service is back, and conversations go on. Then the verdict from
/// the logs (<see cref="DeliveryVerdict"/>). Exit code 0 only when it passed.
/// </summary>
internal static class KillDrillCommand
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new CliArgs(argv);
        var target = a.Str("target", "sqlite");
        var afterS = a.Dbl("after-s", 15);
        var killAt = a.Dbl("kill-at-s", 10);
        var down = a.Dbl("down-s", 1);
        var concurrency = a.Int("concurrency", 20);
        var scenarioName = a.Str("scenario", target == "jsbot" ? "peer" : "parent");
        var outDir = a.Str("out", Path.Combine(Path.GetTempPath(), "lb-bench-drill-kill-" + target));
        a.RejectUnknown();
        Directory.CreateDirectory(outDir);
        var scenario = Scenario.Load(scenarioName);

        ServiceUnderTest? sut = null;
        ManagedProcess? node = null;
        var nodePort = Ports.Free();
        var nodeScript = Path.Combine(RepoPaths.PeersDir, "jsbot", "index.js");
        string url;
        if (target == "jsbot")
        {
            node = await Launcher.StartNodeAsync("jsbot", nodeScript, nodePort, outDir).ConfigureAwait(false);
            url = $"http://127.0.0.1:{nodePort}/api/messages";
        }
        else
        {
            sut = await ServiceUnderTest.StartAsync(target, outDir).ConfigureAwait(false);
            url = sut.MessagesUrl;
        }
        try
        {
            var options = new LoadOptions
            {
                BotUrl = url, ScenarioName = scenarioName, Conversations = 200, Turns = 6, Concurrency = concurrency, DurationS = killAt + down + afterS + 180,
                TimeoutMs = 15000, SinkLog = Path.Combine(outDir, "sink.jsonl"), TurnLog = Path.Combine(outDir, "turns.jsonl"),
                RedeliverUnacknowledged = true, Label = "drill-kill-" + target, Quiet = true,
            };
            var runner = new LoadRunner(options, scenario);
            var load = runner.RunAsync();
            var sw = Stopwatch.StartNew();
            await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(killAt))).ConfigureAwait(false);
            runner.Simulator?.LogEvent("kill");
            var killed = sw.Elapsed.TotalSeconds;
            if (node is not null) node.Kill();
            else sut!.Kill();
            await Task.Delay(TimeSpan.FromSeconds(down)).ConfigureAwait(false);
            var restartSw = Stopwatch.StartNew();
            if (node is not null)
            {
                await node.DisposeAsync().ConfigureAwait(false);
                node = await Launcher.StartNodeAsync("jsbot-restarted", nodeScript, nodePort, outDir).ConfigureAwait(false);
            }
            else
            {
                await sut!.StopProcessAsync().ConfigureAwait(false);
                await sut.StartProcessAsync().ConfigureAwait(false);
            }
            var restartSeconds = restartSw.Elapsed.TotalSeconds;
            runner.Simulator?.LogEvent("restarted");
            Console.Error.WriteLine($"[drill-kill] killed at {killed:F1}s, back after {restartSeconds:F1}s");
            // The load goes on for --after-s once the service is back (its own duration is only a safety bound).
            await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(afterS))).ConfigureAwait(false);
            runner.Stop();
            var report = await load.ConfigureAwait(false);

            var logs = DrillLogs.Read(options.TurnLog!, options.SinkLog!);
            var killMs = logs.Events.First(e => e.What == "kill").Ms;
            var restartMs = logs.Events.First(e => e.What == "restarted").Ms;
            var verdict = DeliveryVerifier.Verify(logs, scenario, killMs, restartMs);
            var result = new
            {
                drill = "kill",
                target,
                scenario = scenarioName,
                killedAtS = Stats.Round(killed),
                downS = down,
                restartS = Stats.Round(restartSeconds),
                load = new { report.TurnsSent, report.TurnsCompleted, report.TurnsPerSec, report.LatencyMs, report.HttpErrors, report.Timeouts, report.UnexpectedReplies, report.HttpStatuses },
                verdict,
                passed = verdict.Passed,
                logs = new { turns = options.TurnLog, sink = options.SinkLog },
            };
            Console.WriteLine(JsonSerializer.Serialize(result, JsonDefaults.Indented));
            return verdict.Passed ? 0 : 1;
        }
        finally
        {
            if (node is not null) await node.DisposeAsync().ConfigureAwait(false);
            if (sut is not null) await sut.DisposeAsync().ConfigureAwait(false);
        }
    }
}
