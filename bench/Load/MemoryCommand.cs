using System.Text.Json;
using LeftBehind.Bench.Channel;
using LeftBehind.Bench.Infra;

namespace LeftBehind.Bench.Load;

/// <summary>
/// <c>memory</c>: the service's resident memory after <c>--conversations</c> (10,000) distinct conversations of the parent
/// scenario on SQLite (<c>--users</c> channel users, each binding once), sampled during the run and again after
/// <c>--settle-s</c> idle seconds. Target: ≤ 300 MB.
/// </summary>
internal static class MemoryCommand
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new CliArgs(argv);
        var conversations = a.Int("conversations", 10_000);
        var users = a.Int("users", 1000);
        var turns = a.Int("turns", 4);
        var concurrency = a.Int("concurrency", 50);
        var settle = a.Dbl("settle-s", 5);
        var limit = a.Dbl("limit-mib", 300);
        var storage = a.Str("storage", "sqlite");
        var outDir = a.Str("out", Path.Combine(Path.GetTempPath(), "lb-bench-memory"));
        a.RejectUnknown();
        await using var sut = await ServiceUnderTest.StartAsync(storage, outDir).ConfigureAwait(false);
        var startRss = ProcFs.StatusMiB(sut.Pid, "VmRSS");
        var report = await new LoadRunner(new LoadOptions
        {
            BotUrl = sut.MessagesUrl, ScenarioName = "parent", Conversations = conversations, Users = users, Turns = turns,
            Concurrency = concurrency, DurationS = 0, TimeoutMs = 10000, Pid = sut.Pid, Label = "memory", Quiet = true,
        }, Scenario.Load("parent")).RunAsync().ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromSeconds(settle)).ConfigureAwait(false);
        var settled = ProcFs.StatusMiB(sut.Pid, "VmRSS");
        var result = new
        {
            benchmark = "memory",
            storage,
            conversations = report.ConversationsStarted,
            conversationsCompleted = report.ConversationsCompleted,
            users,
            turns = report.TurnsCompleted,
            report.TurnsPerSec,
            report.LatencyMs,
            report.HttpErrors,
            report.Timeouts,
            report.UnexpectedReplies,
            rssMiB = new { start = Stats.Round(startRss, 1), peak = report.Service?.PeakRssMiB, endOfRun = report.Service?.EndRssMiB, afterSettle = Stats.Round(settled, 1), highWater = Stats.Round(ProcFs.StatusMiB(sut.Pid, "VmHWM"), 1), limit },
            passed = settled <= limit,
        };
        Console.WriteLine(JsonSerializer.Serialize(result, JsonDefaults.Indented));
        return result.passed ? 0 : 1;
    }
}
