using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Parent;

/// <summary>The days a parent asks about; never later than today (the future has no attendance).</summary>
internal sealed partial record AttendancePeriod(AttendancePeriodKind Kind, DateOnly From, DateOnly To)
{
    public static AttendancePeriod Today(DateOnly today) => new(AttendancePeriodKind.Today, today, today);

    public static AttendancePeriod ThisWeek(DateOnly today) => new(AttendancePeriodKind.ThisWeek, today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), today);

    public static AttendancePeriod ThisMonth(DateOnly today) => new(AttendancePeriodKind.ThisMonth, new DateOnly(today.Year, today.Month, 1), today);

    /// <summary>
    /// Finds the period inside a sentence ("孩子这周上学了吗", "上周三去学校了吗", "11月5号呢"): a named day or range first,
    /// then today / this week / this month words. Null when the sentence names none.
    /// </summary>
    public static AttendancePeriod? Find(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var t = MendEnglishDays(text.ToLowerInvariant());
        foreach (Match m in DatePhrase().Matches(t))
        {
            if (FromResolution(DateTimeRecognizer.Recognize(m.Value, now, zone, DatePreference.Past), today) is { } named) return named;
        }
        if (MonthWords().IsMatch(t)) return ThisMonth(today);
        if (WeekWords().IsMatch(t)) return ThisWeek(today);
        if (TodayWords().IsMatch(t)) return Today(today);
        return null;
    }

    /// <summary>A whole-message date ("上周三", "11月5号", "上个月"); times of day are not days and are refused.</summary>
    public static AttendancePeriod? FromResolution(DateTimeResolution? resolution, DateOnly today)
    {
        if (resolution is null || resolution.HasTime) return null;
        var from = DateOnly.FromDateTime(resolution.Value.DateTime);
        var end = resolution.End is { } e ? DateOnly.FromDateTime(e.DateTime).AddDays(-1) : from;
        if (end < from) end = from;
        if (from > today) return null;
        if (end > today) end = today;
        if (from == today && end == today) return Today(today);
        return new AttendancePeriod(from == end ? AttendancePeriodKind.Day : AttendancePeriodKind.Range, from, end);
    }

    /// <summary>
    /// "did xiaoming go to school tody": an English word one slip (a letter missing, extra, wrong or two swapped) from
    /// today, or two from the longer yesterday, is that word, as a parent typing fast on a phone means it. Short words
    /// (to, yes, day) and other words (body, toddler, tidy) are left alone.
    /// </summary>
    private static string MendEnglishDays(string lower) => EnglishWord().Replace(lower, m =>
        m.Value.Length >= MinMendedLength && Slips(m.Value, "today") <= 1 ? "today"
        : m.Value.Length >= MinMendedLength + 3 && Slips(m.Value, "yesterday") <= 2 ? "yesterday"
        : m.Value);

    /// <summary>Shorter words are never mended ("tod", "day").</summary>
    private const int MinMendedLength = 4;

    /// <summary>The optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    private static int Slips(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"(上上|上|这|這|本|下)?(个|個)?(周|週|星期|礼拜|禮拜)[一二三四五六日天1-7]|[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号號]|(上|下)(个|個)?月|上(周|週|星期|礼拜|禮拜)|昨天|前天|yesterday|last (week|month)|last (mon|tues|wednes|thurs|fri|satur|sun)day")]
    private static partial Regex DatePhrase();

    [GeneratedRegex("这个月|這個月|本月|这月|這月|this month")]
    private static partial Regex MonthWords();

    [GeneratedRegex("这周|這週|這周|本周|本週|这星期|這星期|这个星期|這個星期|这礼拜|這禮拜|this week")]
    private static partial Regex WeekWords();

    [GeneratedRegex("今天|今日|today")]
    private static partial Regex TodayWords();
}
