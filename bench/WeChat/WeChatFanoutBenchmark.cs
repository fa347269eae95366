using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using LeftBehind.Bench.Scheduler;

namespace LeftBehind.Bench.WeChat;

/// <summary>
/// <c>wechat-fanout</c>: the monthly 两地书 push (40,000 children → 120,000 parents and guardians, all on WeChat) from job
/// start until WeChat accepted every message or the channel moved it to the next quota day, through the real service
/// process (outbox, dispatcher, CloudAdapter, WeChat channel, database-held token and quota counters) and a local
/// WeChat API sink. A share of the users wrote within 48 hours (customer-service message); the rest get the template.
/// Options: --children N, --in-window 0.6, --template-quota 100000, --seed N, --timeout S.
/// </summary>
internal static class WeChatFanoutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var children = (int)Option(args, "--children", 40_000);
        var share = Option(args, "--in-window", 0.6);
        var quota = (long)Option(args, "--template-quota", 100_000);
        var seed = (int)Option(args, "--seed", 12);
        var timeout = TimeSpan.FromSeconds(Option(args, "--timeout", 900));
        var root = FindRoot();
        var work = Path.Combine(Path.GetTempPath(), "lb-wechat-fanout-" + Guid.NewGuid().ToString("n")[..8]);
        Directory.CreateDirectory(work);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 20)} MB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

        var db = Path.Combine(work, "leftbehind.db");
        var seedWatch = Stopwatch.StartNew();
        var people = await FanoutSeeder.SeedAsync($"Data Source={db}", children, "http://127.0.0.1:9/");
        var inWindow = await WeChatFanoutSeeder.ConvertAsync($"Data Source={db}", share, seed);
        Console.WriteLine($"seeded {children} children, {people.Count} WeChat users ({inWindow.Count} wrote within 48 h) in {seedWatch.Elapsed.TotalSeconds:F1} s; template quota {quota}/day");

        await using var sink = new WeChatPlatformSink(FreePort(), inWindow, quota);
        sink.Start();
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__LeftBehind"] = $"Data Source={db}",
            ["Storage__Provider"] = "Sqlite",
            ["Storage__SeedDemoData"] = "false",
            ["Scheduler__DataDirectory"] = work,
            ["Scheduler__QuietHours__Enabled"] = "false",
            ["MicrosoftAppId"] = "",
            ["Logging__LogLevel__Default"] = "Warning",
            ["WeChat__Enabled"] = "true",
            ["WeChat__AppId"] = "wxbench000000000",
            ["WeChat__AppSecret"] = "bench-secret",
            ["WeChat__Token"] = "benchtoken",
            ["WeChat__ApiBaseUrl"] = sink.BaseUrl,
            ["WeChat__DailyTemplateQuota"] = quota.ToString(CultureInfo.InvariantCulture),
            ["WeChat__Templates__MonthlyLetter__Id"] = "tpl-monthly",
            ["WeChat__Templates__MonthlyLetter__Fields__0"] = "thing1",
            ["WeChat__Templates__MonthlyLetter__Fields__1"] = "thing2",
            ["WeChat__Templates__MonthlyLetter__Fields__2"] = "thing3",
        };
        foreach (var job in new[] { "call-home", "weekly-contact-check", "absence-alert", "escalation-sla", "monthly-digest" })
            env[$"Scheduler__Jobs__{job}__Enabled"] = "false";

        using var service = new ServiceProcess(root, FreePort(), env);
        await service.StartAsync(TimeSpan.FromSeconds(60));
        using var http = new HttpClient { BaseAddress = service.BaseAddress };
        var watch = Stopwatch.StartNew();
        var response = await http.PostAsync("admin/jobs/monthly-letter/run", null);
        if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"run answered {(int)response.StatusCode}");

        long deferred = 0;
        double? firstDeferAt = null;
        while (watch.Elapsed < timeout)
        {
            await Task.Delay(500);
            deferred = await DeferredAsync(http);
            if (deferred > 0) firstDeferAt ??= watch.Elapsed.TotalSeconds;
            if (sink.Accepted + deferred >= people.Count) break;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        deferred = await DeferredAsync(http);
        var status = await http.GetFromJsonAsync<JsonElement>("admin/wechat/status");
        var duplicated = sink.Received.Values.Sum(n => n - 1);
        var lost = people.Count - sink.Received.Count - deferred;
        Console.WriteLine($"job start → all accepted or moved to the next quota day: {seconds:F1} s ({sink.Accepted / seconds:F0} msg/s accepted)");
        Console.WriteLine($"  customer-service {sink.Custom}, template {sink.Templates} (quota {quota}, {(long)Math.Floor(quota * 0.95)} for notices), " +
                          $"moved to the next quota day {deferred}, 45015 answers {sink.RefusedWindow}, 45009 answers {sink.RefusedQuota}, tokens issued {sink.TokensIssued}");
        Console.WriteLine($"  lost {lost}, delivered twice {duplicated}; next quota day starts {status.GetProperty("nextQuotaDay").GetString()}");
        Console.WriteLine("  status: " + status.GetProperty("quota").GetRawText());
        return lost == 0 && duplicated == 0 ? 0 : 1;
    }

    private static async Task<long> DeferredAsync(HttpClient http)
    {
        var status = await http.GetFromJsonAsync<JsonElement>("admin/wechat/status");
        var q = status.GetProperty("quota");
        return q.GetProperty("custom").GetProperty("deferredToTomorrow").GetInt64() + q.GetProperty("template").GetProperty("deferredToTomorrow").GetInt64();
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LeftBehind.Bot.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }
}
