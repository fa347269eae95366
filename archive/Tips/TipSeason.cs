using System.Globalization;

namespace LeftBehind.Archive.Tips;

/// <summary>
/// The months a tip is in season: empty for all year, else months and ranges such as "5-9" (防溺水, May to
/// September), "11-3" (across the new year) or "2,8" (before each term).
/// </summary>
public static class TipSeason
{
    /// <summary>The months written in <paramref name="spec"/>; null when it is not a valid month list.</summary>
    public static IReadOnlySet<int>? Parse(string? spec)
    {
        var months = new HashSet<int>();
        if (string.IsNullOrWhiteSpace(spec)) return Enumerable.Range(1, 12).ToHashSet();
        foreach (var part in spec.Split(',', StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length is < 1 or > 2 || !ends.All(IsMonth)) return null;
            var from = int.Parse(ends[0], CultureInfo.InvariantCulture);
            var to = int.Parse(ends[^1], CultureInfo.InvariantCulture);
            for (var m = from; ; m = m % 12 + 1)
            {
                months.Add(m);
                if (m == to) break;
            }
        }
        return months;
    }

    public static bool InSeason(string? spec, int month) => Parse(spec)?.Contains(month) == true;

    /// <summary>True when the tip is seasonal (not all twelve months).</summary>
    public static bool IsSeasonal(string? spec) => Parse(spec) is { Count: < 12 };

    private static bool IsMonth(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12;
}
