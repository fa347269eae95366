namespace LeftBehind.Bench.Infra;

/// <summary>End-to-end latency of completed turns, in milliseconds.</summary>
internal sealed record LatencySummary(int Count, double? P50, double? P90, double? P99, double? Max, double? Mean)
{
    public static LatencySummary From(List<double> samples)
    {
        samples.Sort();
        return new LatencySummary(samples.Count,
            Stats.Round(Stats.Percentile(samples, 50)), Stats.Round(Stats.Percentile(samples, 90)),
            Stats.Round(Stats.Percentile(samples, 99)), Stats.Round(samples.Count > 0 ? samples[^1] : null),
            Stats.Round(samples.Count > 0 ? samples.Average() : null));
    }
}
