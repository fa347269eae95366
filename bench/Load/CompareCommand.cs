using System.Globalization;
using System.Text;
using System.Text.Json;
using LeftBehind.Bench.Channel;
using LeftBehind.Bench.Infra;

namespace LeftBehind.Bench.Load;

/// <summary>
/// <c>compare</c>: our service (SQLite and/or PostgreSQL, separate processes), the JS Bot Framework peer and the peer's
/// floor bot, measured in the SAME run, interleaved: for each repetition every target runs once in each mode (sink,
/// expectReplies). Medians per target and mode, and ratios to the peer. Our service plays the parent scenario (real
/// flows); the peer and the floor play the peer's dialog. Optionally the peer's own run.js against our service.
/// </summary>
internal static class CompareCommand
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new CliArgs(argv);
        var reps = a.Int("reps", 3);
        var duration = a.Dbl("duration-s", 20);
        var warmup = a.Dbl("warmup-s", 5);
        var concurrency = a.Int("concurrency", 50);
        var conversations = a.Int("conversations", 200);
        var turns = a.Int("turns", 6);
        var storages = a.Str("storage", "sqlite,postgres").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var targets = a.Str("targets", "ours,jsbot,floor").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var modes = a.Str("modes", "sink,expectReplies").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var scenario = a.Str("scenario", "parent");
        var nodeCrossCheck = a.Flag("node-cross-check");
        var outDir = a.Str("out", Path.Combine(Path.GetTempPath(), "lb-bench-compare-" + TimeProvider.System.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)));
        a.RejectUnknown();
        Directory.CreateDirectory(outDir);

        var list = new List<(string Name, string Url, string Scenario, Func<int> Pid)>();
        var owned = new List<IAsyncDisposable>();
        try
        {
            if (targets.Contains("ours"))
            {
                foreach (var storage in storages)
                {
                    var sut = await ServiceUnderTest.StartAsync(storage, outDir).ConfigureAwait(false);
                    owned.Add(sut);
                    list.Add(($"ours-{storage}", sut.MessagesUrl, scenario, () => sut.Pid));
                }
            }
            if (targets.Contains("jsbot"))
            {
                var port = Ports.Free();
                var p = await Launcher.StartNodeAsync("jsbot", Path.Combine(RepoPaths.PeersDir, "jsbot", "index.js"), port, outDir).ConfigureAwait(false);
                owned.Add(p);
                list.Add(("jsbot", $"http://127.0.0.1:{port}/api/messages", "peer", () => p.Pid));
            }
            if (targets.Contains("floor"))
            {
                var port = Ports.Free();
                var p = await Launcher.StartNodeAsync("floor", Path.Combine(RepoPaths.PeersDir, "load", "floor.js"), port, outDir).ConfigureAwait(false);
                owned.Add(p);
                list.Add(("floor", $"http://127.0.0.1:{port}/api/messages", "peer", () => p.Pid));
            }

            LoadOptions Options(string name, string url, string scen, int pid, string mode, double d) => new()
            {
                BotUrl = url, ScenarioName = scen, Conversations = conversations, Turns = turns, Concurrency = concurrency,
                DurationS = d, ExpectReplies = mode == "expectReplies", Pid = pid, Label = name, Quiet = true,
            };

            if (warmup > 0)
            {
                foreach (var t in list)
                {
                    foreach (var m in modes)
                    {
                        var w = await new LoadRunner(Options(t.Name, t.Url, t.Scenario, t.Pid(), m, warmup), Scenario.Load(t.Scenario)).RunAsync().ConfigureAwait(false);
                        Console.Error.WriteLine($"[compare] warm-up {t.Name}/{m}: {w.TurnsPerSec} turns/s (discarded)");
                    }
                }
            }
            var runs = new List<LoadReport>();
            var nodeRuns = new List<JsonElement>();
            for (var rep = 1; rep <= reps; rep++)
            {
                foreach (var t in list)
                {
                    foreach (var m in modes)
                    {
                        var r = await new LoadRunner(Options(t.Name, t.Url, t.Scenario, t.Pid(), m, duration), Scenario.Load(t.Scenario)).RunAsync().ConfigureAwait(false);
                        runs.Add(r);
                        await File.WriteAllTextAsync(Path.Combine(outDir, $"{t.Name}-{m}-rep{rep}.json"), JsonSerializer.Serialize(r, JsonDefaults.Indented)).ConfigureAwait(false);
                        Console.Error.WriteLine($"[compare] rep {rep} {t.Name}/{m}: {r.TurnsPerSec} turns/s, p50 {r.LatencyMs.P50} p90 {r.LatencyMs.P90} p99 {r.LatencyMs.P99} max {r.LatencyMs.Max} ms, errors {r.HttpErrors}, timeouts {r.Timeouts}, unexpected {r.UnexpectedReplies}, cpu {r.Service?.CpuPercent}%, load client {r.ClientCpuMsPerTurn} ms CPU a turn, rss peak {r.Service?.PeakRssMiB} MiB");
                    }
                }
                if (nodeCrossCheck && list.FirstOrDefault(t => t.Name.StartsWith("ours-", StringComparison.Ordinal)) is { Name: not null } ours)
                {
                    // run.js plays the peer's texts: our service answers each with the unbound-user flow (a real reply, one per turn).
                    var n = await NodeLoad.RunAsync(RepoPaths.PeersDir, ours.Url, concurrency, duration, conversations, turns, false, null).ConfigureAwait(false);
                    if (n is { } nr)
                    {
                        nodeRuns.Add(nr);
                        Console.Error.WriteLine($"[compare] rep {rep} run.js -> {ours.Name}/sink: {nr.GetProperty("turnsPerSec")} turns/s, p99 {nr.GetProperty("latencyMs").GetProperty("p99")} ms, httpErrors {nr.GetProperty("httpErrors")}, timeouts {nr.GetProperty("timeouts")}");
                    }
                }
            }
            var summary = Summarise(runs, list.Select(t => t.Name).ToList(), modes, nodeRuns);
            await File.WriteAllTextAsync(Path.Combine(outDir, "summary.md"), summary).ConfigureAwait(false);
            Console.WriteLine(summary);
            Console.Error.WriteLine($"[compare] reports in {outDir}");
            return 0;
        }
        finally
        {
            foreach (var o in owned.AsEnumerable().Reverse()) await o.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string Summarise(List<LoadReport> runs, List<string> names, string[] modes, List<JsonElement> nodeRuns)
    {
        var sb = new StringBuilder();
        var peer = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var m in modes) peer[m] = Stats.Median(runs.Where(r => r.Label == "jsbot" && r.Mode == m).Select(r => (double?)r.TurnsPerSec));
        sb.AppendLine(CultureInfo.InvariantCulture, $"| target | mode | runs | turns/s (median) | all runs | ratio to JS peer | p50 ms | p90 ms | p99 ms | max ms | errors | timeouts | unexpected replies | service CPU % | service peak RSS MiB |");
        sb.AppendLine("|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var n in names)
        {
            foreach (var m in modes)
            {
                var rs = runs.Where(r => r.Label == n && r.Mode == m).ToList();
                if (rs.Count == 0) continue;
                var tps = Stats.Median(rs.Select(r => (double?)r.TurnsPerSec));
                var ratio = peer[m] is { } p && p > 0 && tps is { } x ? $"{x / p:F2}×" : "–";
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {n} | {m} | {rs.Count} | {tps:F0} | {string.Join(" / ", rs.Select(r => r.TurnsPerSec.ToString("F0", CultureInfo.InvariantCulture)))} | {ratio} | {Stats.Median(rs.Select(r => r.LatencyMs.P50)):F1} | {Stats.Median(rs.Select(r => r.LatencyMs.P90)):F1} | {Stats.Median(rs.Select(r => r.LatencyMs.P99)):F1} | {Stats.Median(rs.Select(r => r.LatencyMs.Max)):F1} | {Stats.Median(rs.Select(r => (double?)r.HttpErrors))} | {Stats.Median(rs.Select(r => (double?)r.Timeouts))} | {Stats.Median(rs.Select(r => (double?)r.UnexpectedReplies))} | {Stats.Median(rs.Select(r => r.Service?.CpuPercent)):F0} | {Stats.Median(rs.Select(r => r.Service?.PeakRssMiB)):F0} |");
            }
        }
        if (nodeRuns.Count > 0)
        {
            var tps = Stats.Median(nodeRuns.Select(r => (double?)r.GetProperty("turnsPerSec").GetDouble()));
            var p99 = Stats.Median(nodeRuns.Select(r => r.GetProperty("latencyMs").GetProperty("p99").ValueKind == JsonValueKind.Number ? (double?)r.GetProperty("latencyMs").GetProperty("p99").GetDouble() : null));
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"Cross-check, the peer's own peers/load/run.js (sink mode, texts hi/Xiaoming/attendance) against our service: median {tps:F0} turns/s, p99 {p99:F1} ms over {nodeRuns.Count} runs ({string.Join(" / ", nodeRuns.Select(r => r.GetProperty("turnsPerSec").ToString()))}).");
        }
        return sb.ToString();
    }
}
