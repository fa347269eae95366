using System.Collections.Concurrent;
using System.Diagnostics;
using LeftBehind.Bench.Channel;

namespace LeftBehind.Bench.Drills;

/// <summary>When turns succeeded and failed during a drill, on one stopwatch, to find outages and recoveries.</summary>
internal sealed class TurnTimeline
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    /// <summary>The host's TurnError text (HostMessages.resx): the turn failed and the user was told so.</summary>
    public const string ApologyMarker = "出了点问题";

    private readonly ConcurrentQueue<(double At, bool Ok, bool Apology, int Status)> _turns = new();

    public double Now => _clock.Elapsed.TotalSeconds;

    public void Record(TurnResult r)
    {
        var apology = r.Replies.Any(x => x.Contains(ApologyMarker, StringComparison.Ordinal));
        _turns.Enqueue((Now, r.Outcome == TurnOutcome.Ok && !apology, apology, r.Status));
    }

    public TurnCounts Between(double from, double to)
    {
        var list = _turns.Where(t => t.At >= from && t.At < to).ToList();
        return new TurnCounts(list.Count(t => t.Ok), list.Count(t => t.Apology), list.Count(t => !t.Ok && !t.Apology));
    }

    /// <summary>Seconds from <paramref name="from"/> to the first successful turn completed after it (null if none).</summary>
    public double? FirstSuccessAfter(double from) => _turns.Where(t => t.Ok && t.At >= from).Select(t => (double?)(t.At - from)).Min();

    public IReadOnlyDictionary<int, int> Statuses(double from, double to) =>
        _turns.Where(t => t.At >= from && t.At < to).GroupBy(t => t.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
}
