namespace LeftBehind.Bench.Infra;

internal static class Stats
{
    /// <summary>Nearest-rank percentile, as the peer's run.js computes it, so the two tools agree.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) return null;
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    public static double? Median(IEnumerable<double?> values)
    {
        var s = values.Where(v => v.HasValue).Select(v => v!.Value).Order().ToList();
        if (s.Count == 0) return null;
        var m = s.Count / 2;
        return s.Count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    public static double Round(double v, int digits = 2) => Math.Round(v, digits, MidpointRounding.AwayFromZero);

    public static double? Round(double? v, int digits = 2) => v is { } x ? Round(x, digits) : null;
}
