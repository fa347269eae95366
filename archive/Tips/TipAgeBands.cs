using System.Text.RegularExpressions;

namespace LeftBehind.Archive.Tips;

/// <summary>
/// The child age bands tips are tagged with: 3-5 (幼儿园), 6-8 (一至三年级), 9-12 (四至六年级), 13-15 (初中).
/// A child's band comes from the birth date, else from the grade in the class name (三年级(1)班, 初二…).
/// </summary>
public static partial class TipAgeBands
{
    public const string All = "all";

    public static readonly IReadOnlyList<string> Bands = ["3-5", "6-8", "9-12", "13-15"];

    /// <summary>The bands written in <paramref name="spec"/> ("all" or a comma list); null when one is unknown.</summary>
    public static IReadOnlySet<string>? Parse(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec)) return null;
        if (spec.Trim().Equals(All, StringComparison.OrdinalIgnoreCase)) return Bands.ToHashSet();
        var bands = spec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return bands.Count > 0 && bands.All(Bands.Contains) ? bands : null;
    }

    /// <summary>The band of a child of this age in whole years, or null outside 3–15.</summary>
    public static string? OfAge(int years) => years switch
    {
        >= 3 and <= 5 => "3-5",
        >= 6 and <= 8 => "6-8",
        >= 9 and <= 12 => "9-12",
        >= 13 and <= 15 => "13-15",
        _ => null,
    };

    /// <summary>The child's band on <paramref name="today"/>: from the birth date, else from the grade in the class name.</summary>
    public static string? Of(DateOnly? birthDate, string? className, DateOnly today)
    {
        if (birthDate is { } b)
        {
            var years = today.Year - b.Year - (today < b.AddYears(today.Year - b.Year) ? 1 : 0);
            return OfAge(years);
        }
        return className is null ? null : OfClass(className);
    }

    private static string? OfClass(string name)
    {
        if (name.Contains("幼", StringComparison.Ordinal) || name.Contains("学前", StringComparison.Ordinal)) return "3-5";
        if (JuniorHigh().IsMatch(name)) return "13-15";
        var m = Grade().Match(name);
        if (!m.Success) return null;
        return m.Groups[1].Value switch
        {
            "一" or "1" or "二" or "2" or "三" or "3" => "6-8",
            "四" or "4" or "五" or "5" or "六" or "6" => "9-12",
            _ => "13-15",
        };
    }

    [GeneratedRegex("初[一二三]|初中|[七八九789]年[级級]")]
    private static partial Regex JuniorHigh();

    [GeneratedRegex("([一二三四五六1-6])年[级級]")]
    private static partial Regex Grade();
}
