using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using LeftBehind.Bench.Channel;
using LeftBehind.Bench.Infra;

namespace LeftBehind.Bench.DirectLine;

/// <summary>
/// <c>directline</c>: N simultaneous Direct Line conversations, each with its WebSocket stream open for the whole run;
/// every conversation binds (its own invite code), then asks the scenario's questions with a think time between turns.
/// Reports connections held, round trips (POST → bot reply on the stream) p50/p90/p99/max, errors, service CPU/RSS.
/// </summary>
internal static class DirectLineLoadCommand
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new CliArgs(argv);
        var service = a.Opt("service");
        var baseUrl = a.Opt("base");
        var pidArg = a.Opt("pid");
        var n = a.Int("conversations", 1000);
        var duration = a.Dbl("duration-s", 60);
        var thinkMs = a.Int("think-ms", 5000);
        var timeoutMs = a.Int("timeout-ms", 10000);
        var connectParallel = a.Int("connect-parallel", 32);
        var scenario = Scenario.Load(a.Str("scenario", "parent"));
        var outDir = a.Str("out", Path.Combine(Path.GetTempPath(), "lb-bench-directline"));
        a.RejectUnknown();
        if (service is null && baseUrl is null) throw new ArgumentException("--base URL or --service sqlite|postgres is required");

        // Every simulated user comes from 127.0.0.1: the per-address limits (30 conversation starts a minute, #14) are
        // lifted for the run, as in the cluster benchmark; the global limits stay.
        var unlimited = new Dictionary<string, string>
        {
            ["RateLimits__TokensPerAddress"] = "100000",
            ["RateLimits__ConversationsPerAddress"] = "100000",
            ["RateLimits__PostsPerAddress"] = "1000000",
        };
        await using var sut = service is null ? null : await ServiceUnderTest.StartAsync(service, outDir, extra: unlimited).ConfigureAwait(false);
        var url = sut?.BaseUrl ?? baseUrl!;
        var pid = sut?.Pid ?? (pidArg is null ? (int?)null : int.Parse(pidArg, System.Globalization.CultureInfo.InvariantCulture));
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 256, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(60) };
        var codes = scenario.Invites is { } inv ? await AdminClient.CreateInvitesAsync(http, url, ServiceConfig.AdminKey, inv, n).ConfigureAwait(false) : new string?[n];

        var runId = Guid.NewGuid().ToString("n")[..6];
        var clients = new DirectLineClient?[n];
        var connectFailures = 0;
        var connectLatencies = new ConcurrentBag<double>();
        var connectSw = Stopwatch.StartNew();
        await Parallel.ForAsync(0, n, new ParallelOptions { MaxDegreeOfParallelism = connectParallel }, async (i, _) =>
        {
            var c = new DirectLineClient(http, url, $"dl-{runId}-{i}");
            var sw = Stopwatch.StartNew();
            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await c.StartAsync(cts.Token).ConfigureAwait(false);
                connectLatencies.Add(sw.Elapsed.TotalMilliseconds);
                clients[i] = c;
            }
            catch (Exception ex) when (ex is HttpRequestException or System.Net.WebSockets.WebSocketException or OperationCanceledException)
            {
                Interlocked.Increment(ref connectFailures);
                await c.DisposeAsync().ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        Console.Error.WriteLine($"[directline] {n - connectFailures}/{n} conversations open in {connectSw.Elapsed.TotalSeconds:F1}s");

        var latencies = new ConcurrentBag<double>();
        var postLatencies = new ConcurrentBag<double>();
        var byStep = new ConcurrentDictionary<string, ConcurrentBag<double>>(StringComparer.Ordinal);
        long turns = 0, errors = 0, timeouts = 0, unexpected = 0;
        var errorSamples = new ConcurrentQueue<string>();
        var unexpectedSamples = new ConcurrentQueue<string>();
        var countersBefore = pid is null ? null : await ServiceCounters.ReadAsync(url).ConfigureAwait(false);
        await using var sampler = pid is { } p ? new ProcessSampler(p, TimeSpan.FromMilliseconds(250)) : null;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration * Stopwatch.Frequency);
        var runSw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, n).Where(i => clients[i] is not null).Select(i => Task.Run(async () =>
        {
            var c = clients[i]!;
            var rng = new Random(i);
            // Spread the first turns over one think time so the run does not start with a thundering herd.
            await Task.Delay(rng.Next(Math.Max(1, thinkMs))).ConfigureAwait(false);
            var steps = (scenario.Bind ?? []).Select(s => (Step: s, Text: s.Text.Replace("{code}", codes[i] ?? string.Empty, StringComparison.Ordinal))).ToList();
            var t = 0;
            while (Stopwatch.GetTimestamp() < stopAt && !c.Closed)
            {
                var (step, text) = steps.Count > 0 ? steps[0] : (scenario.TurnAt(t), scenario.TurnAt(t).Text);
                if (steps.Count > 0) steps.RemoveAt(0);
                else t++;
                try
                {
                    var expect = step.Expect is { } pattern ? new Regex(pattern) : null;
                    var (ms, postMs, reply) = await c.TurnAsync(text, TimeSpan.FromMilliseconds(timeoutMs), expect).ConfigureAwait(false);
                    latencies.Add(ms);
                    postLatencies.Add(postMs);
                    byStep.GetOrAdd(step.Name ?? step.Text, _ => []).Add(ms);
                    Interlocked.Increment(ref turns);
                    if (expect is not null && !expect.IsMatch(reply) && Interlocked.Increment(ref unexpected) <= 5) unexpectedSamples.Enqueue($"{step.Name ?? step.Text}: {reply}");
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref timeouts);
                }
                catch (Exception ex) when (ex is HttpRequestException or System.Net.WebSockets.WebSocketException or JsonException)
                {
                    if (Interlocked.Increment(ref errors) <= 5) errorSamples.Enqueue(ex.Message);
                }
                await Task.Delay(rng.Next(thinkMs / 2, thinkMs * 3 / 2 + 1)).ConfigureAwait(false);
            }
        }))).ConfigureAwait(false);
        var elapsed = runSw.Elapsed.TotalSeconds;
        var usage = sampler is null ? null : await sampler.StopAsync().ConfigureAwait(false);
        var perTurn = ServiceCounters.PerTurn(countersBefore, pid is null ? null : await ServiceCounters.ReadAsync(url).ConfigureAwait(false), usage);
        var held = clients.Count(c => c is { Closed: false });
        var heartbeats = clients.Sum(c => c?.Heartbeats ?? 0);
        foreach (var c in clients) if (c is not null) await c.DisposeAsync().ConfigureAwait(false);

        var report = new
        {
            tool = "bench directline",
            scenario = scenario.Name,
            conversations = n,
            opened = n - connectFailures,
            heldToEnd = held,
            connectMs = LatencySummary.From([.. connectLatencies]),
            durationS = duration,
            elapsedS = Stats.Round(elapsed),
            thinkMs,
            turns,
            turnsPerSec = Stats.Round(turns / Math.Max(elapsed, 1e-9)),
            roundTripMs = LatencySummary.From([.. latencies]),
            postMs = LatencySummary.From([.. postLatencies]),
            roundTripMsByStep = byStep.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => LatencySummary.From([.. kv.Value])),
            errors,
            timeouts,
            unexpected,
            heartbeats,
            errorSamples,
            unexpectedSamples,
            service = usage,
            servicePerTurn = perTurn,
        };
        Console.WriteLine(JsonSerializer.Serialize(report, JsonDefaults.Options));
        return 0;
    }
}
