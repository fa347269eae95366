using System.Text.Json;
using LeftBehind.Bench.Channel;
using LeftBehind.Bench.Infra;
using LeftBehind.Bench.Load;

namespace LeftBehind.Bench.Drills;

/// <summary>
/// <c>drill-postgres</c>: the service on PostgreSQL under load; PostgreSQL is stopped (fast: every connection cut) at
/// <c>--restart-at-s</c> and started again after <c>--down-s</c>. Passes when the same service process is still up,
/// turns succeed again (time to the first success is reported) and /healthz is 200 at the end — no manual action.
/// </summary>
internal static class PostgresDrillCommand
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new CliArgs(argv);
        var restartAt = a.Dbl("restart-at-s", 8);
        var down = a.Dbl("down-s", 3);
        var afterS = a.Dbl("after-s", 15);
        var concurrency = a.Int("concurrency", 20);
        var outDir = a.Str("out", Path.Combine(Path.GetTempPath(), "lb-bench-drill-postgres"));
        a.RejectUnknown();
        await using var sut = await ServiceUnderTest.StartAsync("postgres", outDir).ConfigureAwait(false);
        var pid = sut.Pid;
        var timeline = new TurnTimeline();
        var runner = new LoadRunner(new LoadOptions
        {
            BotUrl = sut.MessagesUrl, ScenarioName = "parent", Concurrency = concurrency, DurationS = restartAt + down + afterS + 120,
            TimeoutMs = 10000, Label = "drill-postgres", Quiet = true, Pid = pid,
        }, Scenario.Load("parent")) { TurnCompleted = timeline.Record };
        var load = runner.RunAsync();
        await Task.Delay(TimeSpan.FromSeconds(restartAt)).ConfigureAwait(false);
        var stopAt = timeline.Now;
        await sut.Postgres!.StopServerAsync("fast").ConfigureAwait(false);
        Console.Error.WriteLine($"[drill-postgres] PostgreSQL stopped at {stopAt:F1}s");
        await Task.Delay(TimeSpan.FromSeconds(down)).ConfigureAwait(false);
        await sut.Postgres.StartServerAsync().ConfigureAwait(false);
        var backAt = timeline.Now;
        Console.Error.WriteLine($"[drill-postgres] PostgreSQL back at {backAt:F1}s");
        await Task.Delay(TimeSpan.FromSeconds(afterS)).ConfigureAwait(false);
        runner.Stop();
        var report = await load.ConfigureAwait(false);
        var end = timeline.Now;

        int healthz;
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            using var r = await http.GetAsync(sut.BaseUrl + "/healthz").ConfigureAwait(false);
            healthz = (int)r.StatusCode;
        }
        var recovery = timeline.FirstSuccessAfter(backAt);
        var lastFive = timeline.Between(end - 5, end);
        var sameProcess = sut.Pid == pid && ProcFs.IsAlive(pid);
        var passed = sameProcess && recovery is not null && healthz == 200 && lastFive.Ok > 0 && lastFive.Failed == 0 && lastFive.Apology == 0;
        var result = new
        {
            drill = "postgres-restart",
            stoppedAtS = Stats.Round(stopAt),
            backAtS = Stats.Round(backAt),
            before = timeline.Between(0, stopAt),
            outage = new { turns = timeline.Between(stopAt, backAt), statuses = timeline.Statuses(stopAt, backAt) },
            secondsFromPostgresBackToFirstSuccessfulTurn = Stats.Round(recovery),
            afterRecovery = timeline.Between(backAt + (recovery ?? 0), end),
            lastFiveSeconds = lastFive,
            healthzAtEnd = healthz,
            sameServiceProcess = sameProcess,
            load = new { report.TurnsSent, report.TurnsCompleted, report.HttpErrors, report.Timeouts, report.UnexpectedReplies, report.HttpStatuses, report.ErrorSamples, report.Service },
            passed,
        };
        Console.WriteLine(JsonSerializer.Serialize(result, JsonDefaults.Indented));
        return passed ? 0 : 1;
    }
}
