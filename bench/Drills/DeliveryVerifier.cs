using System.Text.Json;
using System.Text.RegularExpressions;
using LeftBehind.Bench.Channel;

namespace LeftBehind.Bench.Drills;

/// <summary>Computes the <see cref="DeliveryVerdict"/> of a drill from its logs (see there for the definitions).</summary>
internal static class DeliveryVerifier
{
    public static DeliveryVerdict Verify(DrillLogs logs, Scenario scenario, double killMs, double restartMs)
    {
        var samples = new List<string>();
        void Sample(string s)
        {
            if (samples.Count < 12) samples.Add(s);
        }
        var messages = logs.Turns.Where(t => t.GetProperty("type").GetString() == "message").ToList();
        var byId = messages.GroupBy(t => t.GetProperty("id").GetString()!, StringComparer.Ordinal).ToList();
        int acked = 0, lost = 0, dups = 0, mismatches = 0, unacked = 0, unackedAnswered = 0, redelivered = 0, advanced = 0;
        var before = new HashSet<string>(StringComparer.Ordinal);
        var after = new HashSet<string>(StringComparer.Ordinal);
        var wrongConversations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in byId)
        {
            var attempts = g.ToList();
            var last = attempts[^1];
            var conv = last.GetProperty("conv").GetString()!;
            var status = last.GetProperty("status").GetInt32();
            var replies = logs.RepliesTo.TryGetValue(g.Key, out var r) ? r : [];
            // What the acknowledged run answered, as the simulator saw it arrive during that POST (the service sends
            // a turn's replies before it answers); the sink's log for the id as a fallback.
            var lastAnswer = RepliesOf(last);
            if (attempts.Count > 1)
            {
                redelivered++;
                if (!IsReplayOf(attempts, lastAnswer))
                {
                    advanced++;
                    wrongConversations.Add(conv);
                    Sample($"redelivery of {g.Key} answered differently: {string.Join(" | ", replies.Select(Short))}");
                }
            }
            if (status is < 200 or > 299)
            {
                unacked++;
                if (replies.Count > 0) unackedAnswered++;
                continue;
            }
            acked++;
            var endMs = last.GetProperty("ms").GetDouble();
            var startMs = endMs - last.GetProperty("latency").GetDouble();
            if (endMs < killMs) before.Add(conv);
            if (startMs > restartMs) after.Add(conv);
            if (replies.Count == 0)
            {
                lost++;
                wrongConversations.Add(conv);
                Sample($"acknowledged {g.Key} has no reply in the sink log");
                continue;
            }
            if (replies.Count != replies.Distinct(StringComparer.Ordinal).Count() && attempts.Count == 1)
            {
                dups++;
                wrongConversations.Add(conv);
                Sample($"duplicate reply to {g.Key}: {string.Join(" | ", replies.Select(Short))}");
            }
            var step = last.GetProperty("step").GetInt32();
            var expect = step >= 0 ? scenario.TurnAt(step).Expect : scenario.Bind?[-1 - step].Expect;
            // A redelivered turn's sink log carries the answers of every run: the acknowledged run's is the one checked.
            var answer = attempts.Count == 1 ? string.Join("\n", replies) : lastAnswer.Count > 0 ? string.Join("\n", lastAnswer) : replies[^1];
            if (expect is not null && !Regex.IsMatch(answer, expect))
            {
                mismatches++;
                wrongConversations.Add(conv);
                Sample($"step {step} of {conv}: expected /{expect}/, got {Short(answer)}");
            }
        }
        var spanning = before.Intersect(after, StringComparer.Ordinal).ToList();
        return new DeliveryVerdict(acked, lost, dups, mismatches, unacked, unackedAnswered, redelivered, advanced,
            spanning.Count, spanning.Count(c => !wrongConversations.Contains(c)), logs.ProactiveReplies, samples);
    }

    /// <summary>
    /// True when every earlier run that answered at all answered the same as the acknowledged run, or the beginning of
    /// it (a run killed between two of its replies). An earlier run whose answer is not such a prefix means the
    /// redelivery ran a different step: one message, two steps.
    /// </summary>
    private static bool IsReplayOf(List<JsonElement> attempts, IReadOnlyList<string> lastAnswer)
    {
        if (lastAnswer.Count == 0) return attempts.Take(attempts.Count - 1).All(a => RepliesOf(a).Count == 0);
        foreach (var earlier in attempts.Take(attempts.Count - 1))
        {
            var answered = RepliesOf(earlier);
            if (answered.Count > lastAnswer.Count || !answered.SequenceEqual(lastAnswer.Take(answered.Count), StringComparer.Ordinal)) return false;
        }
        return true;
    }

    private static List<string> RepliesOf(JsonElement turn) =>
        turn.TryGetProperty("replies", out var r) && r.ValueKind == JsonValueKind.Array ? r.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList() : [];

    private static string Short(string s) => s.Length <= 80 ? s.Replace('\n', ' ') : s[..80].Replace('\n', ' ') + "…";
}
