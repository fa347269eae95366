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
            if (attempts.Count > 1)
            {
                redelivered++;
                if (replies.Distinct(StringComparer.Ordinal).Count() > 1)
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
            // A redelivered turn may carry the answers of both runs: the last one is the one acknowledged.
            var answer = attempts.Count > 1 ? replies[^1] : string.Join("\n", replies);
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

    private static string Short(string s) => s.Length <= 80 ? s.Replace('\n', ' ') : s[..80].Replace('\n', ' ') + "…";
}
