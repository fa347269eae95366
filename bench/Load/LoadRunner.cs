using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using LeftBehind.Bench.Channel;
using LeftBehind.Bench.Infra;

namespace LeftBehind.Bench.Load;

/// <summary>
/// N concurrent conversations for T seconds through the channel simulator. A failed or timed-out turn abandons its
/// conversation (its dialog state is unknown), as the peer's run.js does; a reply that does not match the scenario's
/// expectation is counted (the turn still counts: the bot answered), with samples.
/// </summary>
internal sealed class LoadRunner(LoadOptions options, Scenario scenario)
{
    private readonly ConcurrentDictionary<string, long> _statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _unexpectedSamples = new();
    private readonly ConcurrentQueue<string> _errorSamples = new();
    private readonly List<double>[] _latencies = Enumerable.Range(0, options.Concurrency).Select(_ => new List<double>(4096)).ToArray();
    // The scenario step of each latency above, by worker: which step owns the tail (binding at a run's start, or the steady turns).
    private readonly List<string>[] _steps = Enumerable.Range(0, options.Concurrency).Select(_ => new List<string>(4096)).ToArray();
    private int[] _userState = [];
    private string?[] _codes = [];
    private long _okTurns, _sent, _completed, _http, _timeouts, _empty, _unexpected, _started, _finished, _abandoned, _bound;
    private long _nextIndex = -1;
    private long _warmupEnd;
    private volatile bool _stopping;

    /// <summary>Raised from worker threads after each turn (fault drills watch progress through it).</summary>
    public Action<TurnResult>? TurnCompleted { get; init; }

    public bool Stopping => _stopping;

    /// <summary>The simulator of the current run (drills log their events through it).</summary>
    public ChannelSimulator? Simulator { get; private set; }

    public void Stop() => _stopping = true;

    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var users = options.Users > 0 ? options.Users : Math.Max(options.Conversations, options.Concurrency);
        _userState = new int[users];
        _codes = new string?[users];
        await using var sim = await ChannelSimulator.StartAsync(options.BotUrl, options.ExpectReplies, options.SinkLog, options.TurnLog).ConfigureAwait(false);
        Simulator = sim;
        if (scenario.Invites is { } invites) await CreateInvitesAsync(sim, invites, users).ConfigureAwait(false);
        var mode = options.ExpectReplies ? "expectReplies" : "sink";
        if (!options.Quiet) Console.Error.WriteLine($"[load] {options.Label} mode={mode} scenario={scenario.Name} bot={options.BotUrl} sink={sim.Sink.Url} concurrency={options.Concurrency} duration={options.DurationS}s");

        var serviceBase = options.BotUrl.Replace("/api/messages", "", StringComparison.Ordinal);
        var countersBefore = options.Pid is null ? null : await ServiceCounters.ReadAsync(serviceBase).ConfigureAwait(false);
        await using var sampler = options.Pid is { } pid ? new ProcessSampler(pid, TimeSpan.FromMilliseconds(250)) : null;
        // The load generator shares the machine's cores with the service: its own CPU a turn says how much of them it takes.
        var clientCpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        _warmupEnd = start + (long)(options.WarmupS * Stopwatch.Frequency);
        using var durationCts = options.DurationS > 0 ? new CancellationTokenSource(TimeSpan.FromSeconds(options.DurationS)) : new CancellationTokenSource();
        using var reg = durationCts.Token.Register(() => _stopping = true);
        using var outer = cancellationToken.Register(() => _stopping = true);
        using var progress = options.Quiet ? null : new Timer(_ => Console.Error.WriteLine($"[load] t={Stopwatch.GetElapsedTime(start).TotalSeconds:F0}s turns={Interlocked.Read(ref _completed)} httpErrors={Interlocked.Read(ref _http)} timeouts={Interlocked.Read(ref _timeouts)}"), null, 1000, 1000);
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(w => Task.Run(() => WorkerAsync(sim, w)))).ConfigureAwait(false);
        var end = Stopwatch.GetTimestamp();
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuStart;
        var usage = sampler is null ? null : await sampler.StopAsync().ConfigureAwait(false);
        var perTurn = ServiceCounters.PerTurn(countersBefore, options.Pid is null ? null : await ServiceCounters.ReadAsync(serviceBase).ConfigureAwait(false), usage);
        // Late replies show up as unmatched rather than vanish.
        await Task.Delay(100).ConfigureAwait(false);
        sim.Sink.Log?.Flush();

        var measured = Math.Max(1e-9, (end - Math.Max(start, _warmupEnd)) / (double)Stopwatch.Frequency);
        var all = _latencies.SelectMany(l => l).ToList();
        var byStep = _steps.SelectMany(s => s).Zip(_latencies.SelectMany(l => l)).GroupBy(x => x.First, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => LatencySummary.From(g.Select(x => x.Second).ToList()), StringComparer.Ordinal);
        return new LoadReport("bench load", options.Label, mode, scenario.Name, options.BotUrl, options.Concurrency, options.Conversations, options.Turns,
            options.DurationS, options.WarmupS, Stats.Round((end - start) / (double)Stopwatch.Frequency), _sent, _completed, Stats.Round(_completed / measured),
            LatencySummary.From(all), _http, _timeouts, _empty, _unexpected, sim.RepliesReceived, sim.RepliesUnmatched, sim.Proactive,
            _started, _finished, _abandoned, _bound, new SortedDictionary<string, long>(_statuses, StringComparer.Ordinal),
            [.. _unexpectedSamples], [.. _errorSamples], usage, perTurn, new SortedDictionary<string, LatencySummary>(byStep, StringComparer.Ordinal),
            _okTurns == 0 ? null : Stats.Round(clientCpu.TotalMilliseconds / _okTurns, 3));
    }

    private async Task CreateInvitesAsync(ChannelSimulator sim, ScenarioInvites invites, int users)
    {
        var sw = Stopwatch.StartNew();
        _codes = await sim.CreateInvitesAsync(options.AdminKey, invites, users).ConfigureAwait(false);
        if (!options.Quiet) Console.Error.WriteLine($"[load] {users} invites created in {sw.Elapsed.TotalSeconds:F1}s ({_codes.Count(c => c is null)} failed)");
    }

    private async Task WorkerAsync(ChannelSimulator sim, int worker)
    {
        var timeout = TimeSpan.FromMilliseconds(options.TimeoutMs);
        while (!_stopping)
        {
            var index = Interlocked.Increment(ref _nextIndex);
            if (options.DurationS <= 0 && index >= options.Conversations) return;
            var round = index / Math.Max(1, options.Conversations);
            var i = (int)(index % Math.Max(1, options.Conversations));
            var user = i % _userState.Length;
            var conv = new SimConversation($"conv-{sim.RunId}-r{round.ToString(CultureInfo.InvariantCulture)}-{i.ToString(CultureInfo.InvariantCulture)}", $"user-{sim.RunId}-{user}", $"User {user}");
            Interlocked.Increment(ref _started);
            if (!await RunConversationAsync(sim, conv, user, worker, timeout).ConfigureAwait(false))
            {
                Interlocked.Increment(ref _abandoned);
                // A service that is down refuses at once: do not spin.
                await Task.Delay(50).ConfigureAwait(false);
            }
            else
            {
                Interlocked.Increment(ref _finished);
            }
        }
    }

    private async Task<bool> RunConversationAsync(ChannelSimulator sim, SimConversation conv, int user, int worker, TimeSpan timeout)
    {
        if (scenario.ConversationUpdate)
        {
            var r = await sim.SendAsync(conv, "conversationUpdate", null, requireReply: false, timeout).ConfigureAwait(false);
            Count(r, null, worker, counted: false);
            if (r.Outcome != TurnOutcome.Ok) return false;
        }
        if (scenario.Bind is { Count: > 0 } bind && Interlocked.CompareExchange(ref _userState[user], 1, 0) == 0)
        {
            var ok = true;
            for (var s = 0; s < bind.Count && !_stopping && ok; s++)
            {
                var step = bind[s];
                var r = await SendTurnAsync(sim, conv, Fill(step.Text, user), timeout, -1 - s).ConfigureAwait(false);
                ok = Count(r, step, worker, counted: true);
            }
            if (!ok)
            {
                Volatile.Write(ref _userState[user], 0);
                return false;
            }
            Volatile.Write(ref _userState[user], 2);
            Interlocked.Increment(ref _bound);
        }
        for (var t = 0; t < options.Turns; t++)
        {
            if (_stopping) return true;
            var step = scenario.TurnAt(t);
            var r = await SendTurnAsync(sim, conv, Fill(step.Text, user), timeout, t).ConfigureAwait(false);
            if (!Count(r, step, worker, counted: true)) return false;
        }
        return true;
    }

    private async Task<TurnResult> SendTurnAsync(ChannelSimulator sim, SimConversation conv, string text, TimeSpan timeout, int step)
    {
        var r = await sim.SendAsync(conv, "message", text, requireReply: true, timeout, step).ConfigureAwait(false);
        // Bounded: at most 60 redelivery attempts, 0.5 s apart (the service restarts within that in the drills).
        // Only what a dead or dying service causes (connection refused/reset, 5xx) is redelivered, not a slow answer.
        for (var attempt = 0; options.RedeliverUnacknowledged && ((r.Outcome == TurnOutcome.Http && r.Status == 0) || r.Status >= 500) && attempt < 60 && !_stopping; attempt++)
        {
            await Task.Delay(500).ConfigureAwait(false);
            r = await sim.SendAsync(conv, "message", text, requireReply: true, timeout, step, r.ActivityId).ConfigureAwait(false);
        }
        return r;
    }

    private string Fill(string text, int user) => text.Replace("{code}", _codes.Length > user ? _codes[user] ?? string.Empty : string.Empty, StringComparison.Ordinal);

    private bool Count(TurnResult r, ScenarioStep? step, int worker, bool counted)
    {
        _statuses.AddOrUpdate(r.Status.ToString(CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
        TurnCompleted?.Invoke(r);
        if (counted) Interlocked.Increment(ref _sent);
        switch (r.Outcome)
        {
            case TurnOutcome.Ok:
                if (!counted) return true;
                Interlocked.Increment(ref _okTurns);
                if (step?.Expect is { } expect && !Regex.IsMatch(string.Join("\n", r.Replies), expect))
                {
                    if (Interlocked.Increment(ref _unexpected) <= 5) _unexpectedSamples.Enqueue($"{step.Name ?? step.Text}: {Truncate(string.Join(" | ", r.Replies))}");
                }
                if (Stopwatch.GetTimestamp() - (long)(r.Ms / 1000 * Stopwatch.Frequency) < _warmupEnd) return true;
                Interlocked.Increment(ref _completed);
                _latencies[worker].Add(r.Ms);
                _steps[worker].Add(step?.Name ?? step?.Text ?? "turn");
                return true;
            case TurnOutcome.Timeout:
                Interlocked.Increment(ref _timeouts);
                break;
            case TurnOutcome.Empty:
                Interlocked.Increment(ref _empty);
                break;
            default:
                Interlocked.Increment(ref _http);
                break;
        }
        if (_errorSamples.Count < 5) _errorSamples.Enqueue($"{r.Outcome} status={r.Status} {r.Error}");
        return false;
    }

    private static string Truncate(string s) => s.Length <= 160 ? s : s[..160] + "…";
}
