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
        foreach (Match m in DatePhrase().Matches(text.ToLowerInvariant()))
        {
            if (FromResolution(DateTimeRecognizer.Recognize(m.Value, now, zone), today) is { } named) return named;
        }
        var t = text.ToLowerInvariant();
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

    [GeneratedRegex(@"(上上|上|这|這|本|下)?(个|個)?(周|週|星期|礼拜|禮拜)[一二三四五六日天1-7]|[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号號]|(上|下)(个|個)?月|上(周|週|星期|礼拜|禮拜)|昨天|前天|yesterday|last (week|month)|last (mon|tues|wednes|thurs|fri|satur|sun)day")]
    private static partial Regex DatePhrase();

    [GeneratedRegex("这个月|這個月|本月|这月|這月|this month")]
    private static partial Regex MonthWords();

    [GeneratedRegex("这周|這週|這周|本周|本週|这星期|這星期|这个星期|這個星期|这礼拜|這禮拜|this week")]
    private static partial Regex WeekWords();

    [GeneratedRegex("今天|今日|today")]
    private static partial Regex TodayWords();
}
