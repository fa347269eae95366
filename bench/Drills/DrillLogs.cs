using System.Text.Json;

namespace LeftBehind.Bench.Drills;

/// <summary>The simulator's turn log and the connector sink's log, read back for a drill's verdict.</summary>
internal sealed class DrillLogs
{
    public List<JsonElement> Turns { get; } = [];

    public List<(double Ms, string What)> Events { get; } = [];

    /// <summary>Message replies received by the sink, by replyToId, in arrival order.</summary>
    public Dictionary<string, List<string>> RepliesTo { get; } = new(StringComparer.Ordinal);

    public long ProactiveReplies { get; private set; }

    public static DrillLogs Read(string turnLog, string sinkLog)
    {
        var logs = new DrillLogs();
        foreach (var line in File.ReadLines(turnLog))
        {
            var e = JsonDocument.Parse(line).RootElement;
            switch (e.GetProperty("kind").GetString())
            {
                case "turn":
                    logs.Turns.Add(e);
                    break;
                case "event":
                    logs.Events.Add((e.GetProperty("ms").GetDouble(), e.GetProperty("what").GetString()!));
                    break;
            }
        }
        foreach (var line in File.ReadLines(sinkLog))
        {
            var e = JsonDocument.Parse(line).RootElement;
            if (e.GetProperty("type").GetString() != "message") continue;
            if (!e.TryGetProperty("replyToId", out var r) || r.GetString() is not { } replyTo)
            {
                logs.ProactiveReplies++;
                continue;
            }
            if (!logs.RepliesTo.TryGetValue(replyTo, out var list)) logs.RepliesTo[replyTo] = list = [];
            list.Add(e.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty);
        }
        return logs;
    }
}
