using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace LeftBehind.Bench.Scheduler;

/// <summary>
/// <c>fanout</c>: the monthly 两地书 push to a county (40,000 children → 120,000 parents and guardians) from job start
/// until every message reached a local Bot Connector sink over HTTP, through the real service process (CloudAdapter,
/// Bot Connector client, outbox, dispatcher). Then the same run SIGKILLed at a random moment and restarted; the
/// sink, an idempotent receiver keyed by <c>channelData.outboxKey</c>, shows what was lost, what was delivered twice,
/// and how many posts were repeats it dropped. Options: --children N, --seed N, --kill-after-s S, --no-kill, --no-clean.
/// </summary>
internal static class FanoutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var children = IntOption(args, "--children", 40_000);
        var timeout = TimeSpan.FromSeconds(IntOption(args, "--timeout", 600));
        var skipKill = args.Contains("--no-kill");
        var skipClean = args.Contains("--no-clean");
        var seed = IntOption(args, "--seed", Environment.TickCount);
        var killAt = DoubleOption(args, "--kill-after-s");
        var root = FindRoot();
        var work = Path.Combine(Path.GetTempPath(), "lb-fanout-" + Guid.NewGuid().ToString("n")[..8]);
        Directory.CreateDirectory(work);

        await using var sink = new ConnectorSink(FreePort());
        sink.Start();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 20)} MB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        var seedDb = Path.Combine(work, "seed.db");
        var seedWatch = Stopwatch.StartNew();
        var people = await FanoutSeeder.SeedAsync($"Data Source={seedDb}", children, sink.ServiceUrl);
        Console.WriteLine($"seeded {children} children, {people.Count} bound parents and guardians in {seedWatch.Elapsed.TotalSeconds:F1} s");

        var ok = true;
        double? cleanSeconds = null;
        if (!skipClean)
        {
            var clean = await RunOnceAsync(root, work, "clean", seedDb, sink, people, timeout, killAfter: null);
            await sink.WriteLogAsync(Path.Combine(work, "sink-clean.log"));
            Console.WriteLine($"clean run: {clean.Delivered} of {people.Count} delivered in {clean.Seconds:F1} s ({clean.Delivered / clean.Seconds:F0} msg/s); job wrote its outbox rows in {clean.JobSeconds:F1} s");
            Console.WriteLine("  " + clean.Verdict);
            ok &= clean.Passed;
            cleanSeconds = clean.Seconds;
        }

        if (skipKill) return ok ? 0 : 1;
        var random = new Random(seed);
        var killAfter = TimeSpan.FromSeconds(killAt ?? 0.5 + random.NextDouble() * Math.Max(1, (cleanSeconds ?? 55) * 0.8));
        sink.Reset();
        var drill = await RunOnceAsync(root, work, "kill", seedDb, sink, people, timeout, killAfter);
        var log = Path.Combine(work, "sink-kill.log");
        await sink.WriteLogAsync(log);
        Console.WriteLine($"kill drill (seed {seed}): SIGKILL after {killAfter.TotalSeconds:F1} s with {drill.AtKill} delivered; restarted; all done {drill.Seconds:F1} s after job start (sink log {log})");
        Console.WriteLine("  " + drill.Verdict);
        return ok && drill.Passed ? 0 : 1;
    }

    private static async Task<RunResult> RunOnceAsync(string root, string work, string name, string seedDb, ConnectorSink sink, IReadOnlyList<int> people, TimeSpan timeout, TimeSpan? killAfter)
    {
        var dir = Path.Combine(work, name);
        Directory.CreateDirectory(dir);
        File.Copy(seedDb, Path.Combine(dir, "leftbehind.db"));
        var env = new Dictionary<string, string>
        {
            // Development: no app id, replies to the loopback sink; Production refuses to start open (issue #14).
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__LeftBehind"] = $"Data Source={Path.Combine(dir, "leftbehind.db")}",
            ["Storage__Provider"] = "Sqlite",
            ["Storage__SeedDemoData"] = "false",
            ["Scheduler__DataDirectory"] = dir,
            ["Scheduler__QuietHours__Enabled"] = "false",
            ["MicrosoftAppId"] = "",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__LeftBehind.Scheduler.Quartz.JobRunner"] = "Information",
        };
        foreach (var job in new[] { "call-home", "weekly-contact-check", "absence-alert", "escalation-sla", "monthly-digest" })
            env[$"Scheduler__Jobs__{job}__Enabled"] = "false";
        foreach (var (k, v) in PassThroughSettings()) env[k] = v;

        var expected = people.Count;
        var port = FreePort();
        var service = new ServiceProcess(root, port, env);
        try
        {
            await service.StartAsync(TimeSpan.FromSeconds(60));
            using var http = new HttpClient { BaseAddress = service.BaseAddress };
            var watch = Stopwatch.StartNew();
            var response = await http.PostAsync("admin/jobs/monthly-letter/run", null);
            if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"run answered {(int)response.StatusCode}");

            long atKill = -1, killedAt = long.MaxValue;
            if (killAfter is { } delay)
            {
                await Task.Delay(delay);
                killedAt = Stopwatch.GetTimestamp();
                service.Kill();
                atKill = sink.Delivered;
                service.Dispose();
                service = new ServiceProcess(root, port, env);
                await service.StartAsync(TimeSpan.FromSeconds(60));
            }

            while (sink.Delivered < expected && watch.Elapsed < timeout) await Task.Delay(20);
            var seconds = watch.Elapsed.TotalSeconds;
            // Let anything still in flight (a repeat would be) arrive before counting: wait until the outbox is empty.
            using var http2 = new HttpClient { BaseAddress = service.BaseAddress };
            for (var i = 0; i < 200 && await OutstandingAsync(http2) > 0; i++) await Task.Delay(50);
            var jobSeconds = await JobSecondsAsync(http2);
            var deliveredTo = sink.Deliveries.Keys.Select(RecipientOf).ToHashSet();
            var lost = people.Count(p => !deliveredTo.Contains(p));
            var duplicated = sink.Deliveries.Values.Sum(n => n - 1);
            var answeredBeforeKill = killAfter is null ? 0 : sink.RepeatsAnsweredBefore(killedAt);
            return new RunResult(sink.Posts, sink.Delivered, sink.Repeats, answeredBeforeKill, sink.RepeatsDiffering, lost, duplicated, seconds, jobSeconds, atKill);
        }
        finally
        {
            service.Dispose();
        }
    }

    /// <summary>The recipient in an outbox key <c>monthly-letter|{person}|{period}</c>.</summary>
    private static int RecipientOf(string key)
    {
        var parts = key.Split('|');
        return parts.Length == 3 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var id) ? id : -1;
    }

    /// <summary><c>LB_FANOUT_Scheduler__Outbox__X=…</c> in the bench's environment is passed to the service as <c>Scheduler__Outbox__X</c>.</summary>
    private static IEnumerable<(string, string)> PassThroughSettings()
    {
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            if (e.Key is string k && k.StartsWith("LB_FANOUT_", StringComparison.Ordinal) && e.Value is string v)
            {
                Console.WriteLine($"  service setting {k["LB_FANOUT_".Length..]}={v}");
                yield return (k["LB_FANOUT_".Length..], v);
            }
        }
    }

    private static async Task<long> OutstandingAsync(HttpClient http)
    {
        var page = await http.GetFromJsonAsync<JsonElement>("admin/outbox?pageSize=1");
        var counts = page.GetProperty("counts");
        return counts.GetProperty("pending").GetInt64() + counts.GetProperty("failed").GetInt64();
    }

    private static async Task<double> JobSecondsAsync(HttpClient http)
    {
        var jobs = await http.GetFromJsonAsync<JsonElement>("admin/jobs");
        var run = jobs.EnumerateArray().Single(j => j.GetProperty("name").GetString() == "monthly-letter").GetProperty("lastRun");
        if (run.ValueKind != JsonValueKind.Object || run.GetProperty("lastFinished").ValueKind == JsonValueKind.Null) return double.NaN;
        return (run.GetProperty("lastFinished").GetDateTimeOffset() - run.GetProperty("lastStarted").GetDateTimeOffset()).TotalSeconds;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static double? DoubleOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "LeftBehind.Bot.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("run from inside the repository");
    }

    /// <summary>
    /// What the sink saw in one run. Lost = expected recipients never delivered to; duplicated = keys delivered more than
    /// once (the sink's key check should make this 0 whenever resends are the same message); repeats = posts the sink
    /// dropped as repeats, of which <see cref="RepeatsAnsweredBeforeKill"/> repeat a post the sink had already answered
    /// when the service was killed (delivered, "sent" mark not committed) and the rest were still in flight.
    /// </summary>
    private sealed record RunResult(long Posts, int Delivered, long Repeats, int RepeatsAnsweredBeforeKill, long RepeatsDiffering, int Lost, int Duplicated, double Seconds, double JobSeconds, long AtKill)
    {
        public bool Passed => Lost == 0 && Duplicated == 0 && RepeatsDiffering == 0;

        public string Verdict =>
            $"verdict: {(Passed ? "PASS" : "FAIL")} — lost {Lost}, duplicated {Duplicated}; posts on the wire {Posts}, distinct messages delivered {Delivered}, " +
            $"repeated posts dropped by the sink {Repeats} ({RepeatsAnsweredBeforeKill} answered before the kill, {Repeats - RepeatsAnsweredBeforeKill} in flight at the kill or later), " +
            $"repeats with different content {RepeatsDiffering}";
    }
}
