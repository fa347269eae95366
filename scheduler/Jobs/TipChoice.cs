using LeftBehind.Archive.Tips;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// Which tip a person gets next. Only active tips for their audience, in season this month, for the age band of
/// one of their children (all-ages tips when no age is known). A tip is not repeated until every eligible tip has
/// been sent once (then the least-sent come round again). Among those, feedback decides: topics the person
/// called 没用 more often than 有用 come last, then a different topic from the last tip, tips in season first (it
/// is their time), then tips others found useful; ties are broken per person so not everyone gets the same order.
/// </summary>
internal static class TipChoice
{
    public static TipInfo? Next(IReadOnlyList<TipInfo> library, IReadOnlyList<TipSendInfo> history, IReadOnlySet<string>? bands, int month, int personId)
    {
        var eligible = library.Where(t => t.Active && TipSeason.InSeason(t.Months, month) && Fits(t, bands)).ToList();
        if (eligible.Count == 0) return null;

        var byId = library.ToDictionary(t => t.Id);
        var sentCount = history.GroupBy(h => h.TipId).ToDictionary(g => g.Key, g => g.Count());
        var fewest = eligible.Min(t => sentCount.GetValueOrDefault(t.Id));
        var candidates = eligible.Where(t => sentCount.GetValueOrDefault(t.Id) == fewest).ToList();

        var topicScore = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var h in history)
        {
            if (h.Feedback is not { } f || !byId.TryGetValue(h.TipId, out var rated)) continue;
            topicScore[rated.Topic] = topicScore.GetValueOrDefault(rated.Topic) + (f == TipFeedback.Useful ? 1 : -1);
        }
        var lastTopic = history.Count > 0 && byId.TryGetValue(history[^1].TipId, out var last) ? last.Topic : null;

        return candidates
            .OrderBy(t => topicScore.GetValueOrDefault(t.Topic) < 0 ? 1 : 0)
            .ThenBy(t => t.Topic == lastTopic ? 1 : 0)
            .ThenBy(t => TipSeason.IsSeasonal(t.Months) ? 0 : 1)
            .ThenByDescending(t => topicScore.GetValueOrDefault(t.Topic) > 0 ? 1 : 0)
            .ThenByDescending(t => (t.Useful + 1.0) / (t.Useful + t.NotUseful + 2.0))
            .ThenBy(t => Spread(personId, t.Id))
            .First();
    }

    private static bool Fits(TipInfo tip, IReadOnlySet<string>? bands)
    {
        var tagged = TipAgeBands.Parse(tip.Ages);
        if (tagged is null) return false;
        return bands is { Count: > 0 } ? tagged.Overlaps(bands) : tagged.Count == TipAgeBands.Bands.Count;
    }

    /// <summary>A fixed pseudo-random rank per person and tip (not string.GetHashCode: that changes per process).</summary>
    private static uint Spread(int personId, int tipId)
    {
        var x = (uint)personId * 2654435761u ^ (uint)tipId * 2246822519u;
        x ^= x >> 15;
        x *= 2654435761u;
        return x ^ (x >> 13);
    }
}
