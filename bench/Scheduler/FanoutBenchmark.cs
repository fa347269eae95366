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
/// sink's log shows what was lost or duplicated.
/// </summary>
internal static class FanoutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var children = IntOption(args, "--children", 40_000);
        var timeout = TimeSpan.FromSeconds(IntOption(args, "--timeout", 600));
        var skipKill = args.Contains("--no-kill");
        var seed = IntOption(args, "--seed", Environment.TickCount);
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
        var expected = people.Count;

        var clean = await RunOnceAsync(root, work, "clean", seedDb, sink, expected, timeout, killAfter: null);
        Console.WriteLine($"clean run: {clean.Unique} of {expected} delivered in {clean.Seconds:F1} s ({clean.Unique / clean.Seconds:F0} msg/s); job wrote its outbox rows in {clean.JobSeconds:F1} s; duplicates {clean.Duplicates}");
        await sink.WriteLogAsync(Path.Combine(work, "sink-clean.log"));
        if (skipKill) return clean.Unique == expected ? 0 : 1;

        var random = new Random(seed);
        var killAfter = TimeSpan.FromSeconds(0.5 + random.NextDouble() * Math.Max(1, clean.Seconds * 0.8));
        sink.Reset();
        var drill = await RunOnceAsync(root, work, "kill", seedDb, sink, expected, timeout, killAfter);
        await sink.WriteLogAsync(Path.Combine(work, "sink-kill.log"));
        Console.WriteLine($"kill drill (seed {seed}): SIGKILL after {killAfter.TotalSeconds:F1} s with {drill.AtKill} delivered; after restart {drill.Unique} of {expected} unique keys, " +
                          $"lost {expected - drill.Unique}, duplicated {drill.Duplicates} (sink log {Path.Combine(work, "sink-kill.log")}); total {drill.Seconds:F1} s");
        return drill.Unique == expected && clean.Unique == expected ? 0 : 1;
    }

    private static async Task<RunResult> RunOnceAsync(string root, string work, string name, string seedDb, ConnectorSink sink, int expected, TimeSpan timeout, TimeSpan? killAfter)
    {
        var dir = Path.Combine(work, name);
        Directory.CreateDirectory(dir);
        File.Copy(seedDb, Path.Combine(dir, "leftbehind.db"));
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
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

        var port = FreePort();
        var service = new ServiceProcess(root, port, env);
        try
        {
            await service.StartAsync(TimeSpan.FromSeconds(60));
            using var http = new HttpClient { BaseAddress = service.BaseAddress };
            var watch = Stopwatch.StartNew();
            var response = await http.PostAsync("admin/jobs/monthly-letter/run", null);
            if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"run answered {(int)response.StatusCode}");

            long atKill = -1;
            if (killAfter is { } delay)
            {
                await Task.Delay(delay);
                service.Kill();
                atKill = sink.Unique;
                service.Dispose();
                service = new ServiceProcess(root, port, env);
                await service.StartAsync(TimeSpan.FromSeconds(60));
            }

            while (sink.Unique < expected && watch.Elapsed < timeout) await Task.Delay(20);
            var seconds = watch.Elapsed.TotalSeconds;
            // Let anything still in flight (a duplicate would be) arrive before counting: wait until the outbox is empty.
            using var http2 = new HttpClient { BaseAddress = service.BaseAddress };
            for (var i = 0; i < 200 && await OutstandingAsync(http2) > 0; i++) await Task.Delay(50);
            var jobSeconds = await JobSecondsAsync(http2);
            var duplicates = sink.Received.Values.Sum(n => n - 1);
            return new RunResult(sink.Unique, duplicates, seconds, jobSeconds, atKill);
        }
        finally
        {
            service.Dispose();
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

    private sealed record RunResult(int Unique, int Duplicates, double Seconds, double JobSeconds, long AtKill);
}
