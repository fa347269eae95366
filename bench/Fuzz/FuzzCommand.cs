using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using LeftBehind.Bench.Channel;
using LeftBehind.Bench.Infra;

namespace LeftBehind.Bench.Fuzz;

/// <summary>
/// <c>fuzz</c>: hostile requests against /api/messages and Direct Line on a service started here (SQLite, loopback),
/// bounded by <c>--requests</c> and <c>--seconds</c>. Checks: the process stays up, no 5xx, every answer is one of the
/// statuses acceptable for its kind, RSS stays bounded, and the database is unchanged (row counts and content hashes
/// of every table, before vs after).
/// </summary>
internal static class FuzzCommand
{
    private static readonly HashSet<string> ClockDrivenTables = new(["sched_job_runs", "sched_job_fires"], StringComparer.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new CliArgs(argv);
        var requests = a.Int("requests", 1200);
        var seconds = a.Dbl("seconds", 120);
        var parallel = a.Int("parallel", 4);
        var seed = a.Int("seed", 8);
        var rssLimit = a.Dbl("rss-limit-mib", 600);
        var outDir = a.Str("out", Path.Combine(Path.GetTempPath(), "lb-bench-fuzz"));
        a.RejectUnknown();

        await using var sut = await ServiceUnderTest.StartAsync("sqlite", outDir).ConfigureAwait(false);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(sut.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var (conversation, token) = await StartDirectLineAsync(http).ConfigureAwait(false);
        // Let the Direct Line welcome turn finish before the "before" snapshot.
        await Task.Delay(3000).ConfigureAwait(false);
        var before = await SqliteInspector.SnapshotAsync(sut.SqlitePath).ConfigureAwait(false);
        var rssStart = ProcFs.StatusMiB(sut.Pid, "VmRSS");

        var byKind = new ConcurrentDictionary<string, ConcurrentDictionary<int, int>>(StringComparer.Ordinal);
        var unacceptable = new ConcurrentQueue<string>();
        long sent = 0, serverErrors = 0, bad = 0;
        var sw = Stopwatch.StartNew();
        await using var sampler = new ProcessSampler(sut.Pid, TimeSpan.FromMilliseconds(100));
        long next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(w => Task.Run(async () =>
        {
            var cases = new FuzzCases(new Random(seed * 1000 + w), conversation, token);
            while (sw.Elapsed.TotalSeconds < seconds)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= requests) return;
                var c = cases.Next((int)i);
                var status = await SendAsync(http, c).ConfigureAwait(false);
                Interlocked.Increment(ref sent);
                byKind.GetOrAdd(c.Kind, _ => new ConcurrentDictionary<int, int>()).AddOrUpdate(status, 1, (_, n) => n + 1);
                if (status >= 500) Interlocked.Increment(ref serverErrors);
                if (!c.Acceptable(status))
                {
                    Interlocked.Increment(ref bad);
                    if (unacceptable.Count < 10) unacceptable.Enqueue($"{c.Kind} {c.Method} {c.Path} → {status}");
                }
            }
        }))).ConfigureAwait(false);
        var (wsTried, wsRefused) = await ForgedStreamsAsync(sut.BaseUrl, conversation, 50).ConfigureAwait(false);
        var elapsed = sw.Elapsed.TotalSeconds;
        var usage = await sampler.StopAsync().ConfigureAwait(false);
        var alive = ProcFs.IsAlive(sut.Pid);
        using var health = await http.GetAsync("/healthz").ConfigureAwait(false);

        await Task.Delay(2000).ConfigureAwait(false);
        var after = await SqliteInspector.SnapshotAsync(sut.SqlitePath).ConfigureAwait(false);
        var changed = before.Keys.Union(after.Keys).Where(t => !before.TryGetValue(t, out var b) || !after.TryGetValue(t, out var x) || b != x)
            .Select(t => new { table = t, before = before.TryGetValue(t, out var b) ? b.Rows : -1, after = after.TryGetValue(t, out var x) ? x.Rows : -1 }).ToList();
        // Clock-driven bookkeeping changes by itself: Quartz's check-ins, and the scheduler's record of each job fire
        // (escalation-sla fires every minute, call-home every five). It is shown but not held against the input.
        var changedByInput = changed.Where(c => !c.table.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase) && !ClockDrivenTables.Contains(c.table)).ToList();
        var passed = alive && serverErrors == 0 && bad == 0 && wsRefused == wsTried && changedByInput.Count == 0 && usage.PeakRssMiB < rssLimit && (int)health.StatusCode == 200;
        var result = new
        {
            fuzz = "api/messages + directline",
            seed,
            requests = sent,
            elapsedS = Stats.Round(elapsed),
            statusesByKind = byKind.OrderBy(k => k.Key, StringComparer.Ordinal).ToDictionary(k => k.Key, k => k.Value.OrderBy(s => s.Key).ToDictionary(s => s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s.Value)),
            serverErrors,
            unacceptableStatuses = bad,
            unacceptableSamples = unacceptable,
            forgedWebSocketStreams = new { tried = wsTried, refused = wsRefused },
            processAlive = alive,
            healthzAfter = (int)health.StatusCode,
            rssMiB = new { start = Stats.Round(rssStart, 1), peak = usage.PeakRssMiB, end = usage.EndRssMiB, limit = rssLimit },
            tablesCompared = before.Count,
            tablesChanged = changed,
            tablesChangedByInput = changedByInput.Count,
            passed,
        };
        Console.WriteLine(JsonSerializer.Serialize(result, JsonDefaults.Indented));
        return passed ? 0 : 1;
    }

    private static async Task<int> SendAsync(HttpClient http, FuzzCase c)
    {
        using var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Path);
        if (c.Body is not null)
        {
            request.Content = new ByteArrayContent(c.Body);
            if (c.ContentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(c.ContentType);
        }
        if (c.Bearer is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + c.Bearer);
        try
        {
            using var response = await http.SendAsync(request).ConfigureAwait(false);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // The server may close the connection on a body over its limit before reading it: a refusal, not a crash.
            return 0;
        }
        catch (TaskCanceledException)
        {
            return -1;
        }
    }

    private static async Task<(string Conversation, string Token)> StartDirectLineAsync(HttpClient http)
    {
        using var content = new StringContent("{\"user\":{\"id\":\"fuzz-dl-user\"}}", Encoding.UTF8, "application/json");
        using var r = await http.PostAsync("/v3/directline/conversations", content).ConfigureAwait(false);
        r.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync().ConfigureAwait(false));
        return (doc.RootElement.GetProperty("conversationId").GetString()!, doc.RootElement.GetProperty("token").GetString()!);
    }

    /// <summary>WebSocket streams opened with forged tokens must be refused at the handshake.</summary>
    private static async Task<(int Tried, int Refused)> ForgedStreamsAsync(string baseUrl, string conversation, int n)
    {
        var refused = 0;
        var rng = new Random(7);
        for (var i = 0; i < n; i++)
        {
            using var ws = new ClientWebSocket();
            var forged = Convert.ToBase64String(Enumerable.Range(0, 32).Select(_ => (byte)rng.Next(256)).ToArray());
            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await ws.ConnectAsync(new Uri($"{baseUrl.Replace("http", "ws", StringComparison.Ordinal)}/v3/directline/conversations/{conversation}/stream?t={Uri.EscapeDataString(forged)}"), cts.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                refused++;
            }
        }
        return (n, refused);
    }
}
