using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;

namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// Dates and times in Chinese (zh-CN, zh-TW) or English, read by Microsoft.Recognizers.Text's DateTime model and
/// resolved against <c>now</c> in the user's zone: 今天, 就明天下午吧, 这周日晚上8点, 29号吧, 下下周三, 5天前, 正月初一,
/// 大年三十, dialect days (明个, 今儿个, 后个), "tomorrow 8pm", "next monday". A message must name exactly one date or time; two readings that differ
/// (8点: morning or evening?), two dates, a time that contradicts its part of the day ("tonight at 1am") or a lunar
/// day out of the calendar's range are not guessed: nothing is recognised and the prompt asks again.
/// </summary>
public static partial class DateTimeRecognizer
{
    /// <summary>
    /// A day, a time or a range (durations and repeating times are not answers to "when"). <paramref name="answersWhen"/>:
    /// the text answers a question about when, so a bare "29号" is a day of the month (in free text it may be a number:
    /// room 12, bus 29).
    /// </summary>
    public static DateTimeResolution? Recognize(string? text, DateTimeOffset now, TimeZoneInfo zone, DatePreference preference = DatePreference.Nearest, bool answersWhen = false)
    {
        var r = RecognizeAny(text, now, zone, preference, answersWhen);
        return r is { Kind: not (DateTimeResolutionKind.Duration or DateTimeResolutionKind.Set) } ? r : null;
    }

    /// <summary>Also durations ("三天", Kind Duration) and repeating times ("每周日", Kind Set).</summary>
    public static DateTimeResolution? RecognizeAny(string? text, DateTimeOffset now, TimeZoneInfo zone, DatePreference preference = DatePreference.Nearest, bool answersWhen = false)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return null;
        var t = TextNormalizer.ForRecognition(text);
        if (t.Length == 0) return null;
        var chinese = TextNormalizer.HasHan(t);
        // "29号" is a day of the month as surely as "29日" (which the library reads); "3号楼" is a building.
        if (chinese && answersWhen) t = DayNumberRegex().Replace(t, "$1日");
        // 明个, 明儿个, 今儿, 后个 (the north's and Henan's 明天, 今天, 后天): the library knows only the standard words.
        if (chinese) t = DialectDayRegex().Replace(t, m => (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) + "天");
        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var reference = DateTime.SpecifyKind(localNow.DateTime, DateTimeKind.Unspecified);
        List<ModelResult> results;
        try
        {
            results = Parse(t, chinese, reference);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
        {
            // The library has thrown on odd input in the past; odd input is simply not a date.
            return null;
        }
        if (results.Count != 1) return null;
        var result = results[0];
        if (DayMonthOrderUnknown(result.Text) || ClockOutOfRange(result.Text)) return null;
        // "13月1日" read as 3月1日: a digit next to what was read means part of the date was left out.
        if ((result.Start > 0 && char.IsAsciiDigit(t[result.Start - 1])) || (result.End + 1 < t.Length && char.IsAsciiDigit(t[result.End + 1]))) return null;
        if (result.Resolution?.GetValueOrDefault("values") is not IList<Dictionary<string, string>> values || values.Count == 0) return null;
        var context = new Context(localNow, zone, preference);
        var candidates = values.Any(v => v.GetValueOrDefault("isLunar") == "True")
            ? Lunar(result.Text, values, context)
            : values.Select(v => Convert(v, context)).ToList();
        if (candidates.Count == 0 || candidates.Any(c => c is null)) return null;
        var chosen = Choose(candidates!, context);
        if (chosen is null || !AgreesWithPartOfDay(result.Text, chosen, zone)) return null;
        return chosen with { Said = result.Text };
    }

    /// <summary>
    /// The words of <paramref name="text"/> that name a date or time, after what was said before: "明天下午" and
    /// "就3点吧" give "明天下午3点", to be read by <see cref="Recognize"/>. Null when the text names no time, or more than one.
    /// </summary>
    public static string? Join(string said, string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(said) || string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return null;
        var t = TextNormalizer.ForRecognition(text);
        if (t.Length == 0) return null;
        if (TextNormalizer.HasHan(t)) t = DayNumberRegex().Replace(t, "$1日");
        var reference = DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(now, zone).DateTime, DateTimeKind.Unspecified);
        try
        {
            var results = Parse(t, TextNormalizer.HasHan(t) || TextNormalizer.HasHan(said), reference);
            return results.Count == 1 ? said + (TextNormalizer.HasHan(said) ? string.Empty : " ") + results[0].Text : null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when the text names one time that may be morning or evening ("周日8点", "at 8"): the prompt then asks which,
    /// instead of saying it did not understand.
    /// </summary>
    public static bool IsMorningOrEvening(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return false;
        var t = TextNormalizer.ForRecognition(text);
        if (t.Length == 0) return false;
        var reference = DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(now, zone).DateTime, DateTimeKind.Unspecified);
        List<ModelResult> results;
        try
        {
            results = Parse(t, TextNormalizer.HasHan(t), reference);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
        {
            return false;
        }
        if (results.Count != 1 || results[0].Resolution?.GetValueOrDefault("values") is not IList<Dictionary<string, string>> values) return false;
        var hours = values.Select(v => HourOf(v.GetValueOrDefault("timex"))).Distinct().ToList();
        return hours.Count == 2 && hours.All(h => h is not null) && Math.Abs(hours[0]!.Value - hours[1]!.Value) == 12;
    }

    /// <summary>
    /// The library's readings. English words around a Chinese name ("小明 has a fever, not going tomorrow") are read
    /// with the English model when the Chinese one finds nothing.
    /// </summary>
    private static List<ModelResult> Parse(string t, bool chinese, DateTime reference)
    {
        var results = TextModels.DateTime(chinese).Parse(t, reference);
        return results.Count == 0 && chinese && t.Any(char.IsAsciiLetter) ? TextModels.DateTime(false).Parse(t, reference) : results;
    }

    private static int? HourOf(string? timex)
    {
        var m = timex is null ? null : HourRegex().Match(timex);
        return m is { Success: true } ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private sealed record Context(DateTimeOffset Now, TimeZoneInfo Zone, DatePreference Preference)
    {
        public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
    }

    private static DateTimeResolution? Convert(Dictionary<string, string> v, Context c)
    {
        var timex = v.GetValueOrDefault("timex") ?? string.Empty;
        var value = v.GetValueOrDefault("value");
        var start = v.GetValueOrDefault("start");
        var end = v.GetValueOrDefault("end");
        switch (v.GetValueOrDefault("type"))
        {
            case "date" when ParseDate(value) is { } d:
                return Day(d, timex, c.Zone);
            case "datetime" when ParseDateTime(value) is { } dt:
                return new DateTimeResolution(At(dt, c.Zone), null, null, timex, true, DateTimeResolutionKind.DateTime);
            case "time" when ParseTime(value) is { } time:
                return new DateTimeResolution(At(c.Today.ToDateTime(time), c.Zone), null, null, timex, true, DateTimeResolutionKind.Time);
            case "daterange" when ParseDate(start) is { } s && ParseDate(end) is { } e && e >= s:
                return new DateTimeResolution(At(s.ToDateTime(TimeOnly.MinValue), c.Zone), At(s.ToDateTime(TimeOnly.MinValue), c.Zone), At(e.ToDateTime(TimeOnly.MinValue), c.Zone), timex, false, DateTimeResolutionKind.DateRange);
            case "datetimerange" when ParseDateTime(start) is { } s && ParseDateTime(end) is { } e && e >= s:
                return new DateTimeResolution(At(s, c.Zone), At(s, c.Zone), At(e, c.Zone), timex, false, DateTimeResolutionKind.DateTimeRange);
            case "timerange" when ParseTime(start) is { } s && ParseTime(end) is { } e:
                var from = c.Today.ToDateTime(s);
                var to = e > s ? c.Today.ToDateTime(e) : c.Today.AddDays(1).ToDateTime(e);
                return new DateTimeResolution(At(from, c.Zone), At(from, c.Zone), At(to, c.Zone), timex, false, DateTimeResolutionKind.TimeRange);
            case "duration" when NumberRecognizer.TryDecimal(value, out var seconds) && seconds > 0 && seconds < 3_153_600_000m:
                var span = TimeSpan.FromSeconds((double)seconds);
                return new DateTimeResolution(c.Now + span, c.Now, c.Now + span, timex, false, DateTimeResolutionKind.Duration, span);
            case "set" when timex.Length > 0:
                return new DateTimeResolution(c.Now, null, null, timex, false, DateTimeResolutionKind.Set);
            default:
                return null;
        }
    }

    /// <summary>
    /// The library gives a lunar day's month and day (and year, if said) with Gregorian-looking values; the lunar
    /// calendar turns them into real days. 大年三十/年三十/除夕 is the last day of 腊月 (the library reads it as 正月三十).
    /// </summary>
    private static List<DateTimeResolution?> Lunar(string said, IList<Dictionary<string, string>> values, Context c)
    {
        var m = LunarTimexRegex().Match(values[0].GetValueOrDefault("timex") ?? string.Empty);
        if (!m.Success) return [null];
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (NewYearsEveRegex().IsMatch(said))
        {
            month = 12;
            day = 0;
        }
        TimeOnly? time = m.Groups["h"].Success ? ParseDateTime(values[0].GetValueOrDefault("value")) is { } dt ? TimeOnly.FromDateTime(dt) : null : null;
        if (m.Groups["h"].Success && time is null) return [null];
        var years = m.Groups["y"].Value == "XXXX"
            ? Enumerable.Range(LunarDates.LunarYearOf(c.Today) - 1, 3)
            : [int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)];
        var list = new List<DateTimeResolution?>();
        foreach (var year in years)
        {
            if (LunarDates.ToGregorian(year, month, day) is not { } date) return [null];
            var lunar = $"{year:0000}-{month:00}-{(day == 0 ? DaysOfLastMonth(year) : day):00}";
            var timex = time is { } t ? $"{date:yyyy-MM-dd}T{t:HH:mm}" : $"{date:yyyy-MM-dd}";
            list.Add(time is { } at
                ? new DateTimeResolution(At(date.ToDateTime(at), c.Zone), null, null, timex, true, DateTimeResolutionKind.DateTime, Lunar: lunar)
                : Day(date, timex, c.Zone) with { Lunar = lunar });
        }
        return list;
    }

    private static int DaysOfLastMonth(int lunarYear) =>
        LunarDates.ToGregorian(lunarYear, 12, 0) is { } last && LunarDates.ToGregorian(lunarYear, 12, 1) is { } first ? last.DayNumber - first.DayNumber + 1 : 30;

    /// <summary>
    /// One reading, or one of the past/future readings of the same expression (the same TIMEX) by preference. Readings
    /// that differ in what they mean (8点 at 08:00 or 20:00) are not chosen between.
    /// </summary>
    private static DateTimeResolution? Choose(List<DateTimeResolution> candidates, Context c)
    {
        if (candidates.Count == 1) return candidates[0];
        var lunar = candidates[0].Lunar is not null;
        if (!lunar && candidates.Select(x => x.Timex).Distinct().Count() != 1) return null;
        if (lunar && candidates.Select(x => x.Lunar![4..]).Distinct().Count() != 1) return null;
        var today = candidates.FirstOrDefault(x => Local(x.Start ?? x.Value, c.Zone) <= c.Today && c.Today < Local(x.End ?? x.Value, c.Zone).AddDays(x.End is null ? 1 : 0));
        if (today is not null) return today;
        var ordered = candidates.OrderBy(x => x.Value).ToList();
        return c.Preference switch
        {
            DatePreference.Future => ordered.FirstOrDefault(x => x.Value >= c.Now) ?? null,
            DatePreference.Past => ordered.LastOrDefault(x => x.Value <= c.Now) ?? null,
            _ => ordered.MinBy(x => Math.Abs((x.Value - c.Now).Ticks)),
        };
    }

    /// <summary>"tonight at 1am", "晚上9点" read as 09:00, "下午" with a morning hour: the words disagree, so nothing is sure.</summary>
    private static bool AgreesWithPartOfDay(string said, DateTimeResolution r, TimeZoneInfo zone)
    {
        if (!r.HasTime) return true;
        var hour = TimeZoneInfo.ConvertTime(r.Value, zone).Hour;
        if (EveningRegex().IsMatch(said)) return hour is >= 17 or 0;
        if (AfternoonRegex().IsMatch(said)) return hour is >= 12 and <= 19;
        if (MorningRegex().IsMatch(said)) return hour is >= 4 and <= 12;
        return true;
    }

    /// <summary>"1/2/2020" is 1 February in China and 2 January in the US: with both numbers 12 or less, ask.</summary>
    private static bool DayMonthOrderUnknown(string said)
    {
        foreach (Match m in SlashDateRegex().Matches(said))
        {
            var a = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (a != b && a is >= 1 and <= 12 && b is >= 1 and <= 12) return true;
        }
        return false;
    }

    /// <summary>"13pm": no such time.</summary>
    private static bool ClockOutOfRange(string said) =>
        MeridiemRegex().Matches(said).Any(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is 0 or > 12);

    private static DateTimeResolution Day(DateOnly d, string timex, TimeZoneInfo zone)
    {
        var day = At(d.ToDateTime(TimeOnly.MinValue), zone);
        return new DateTimeResolution(day, day, At(d.AddDays(1).ToDateTime(TimeOnly.MinValue), zone), timex, false, DateTimeResolutionKind.Date);
    }

    private static DateOnly Local(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    private static DateTimeOffset At(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    private static DateOnly? ParseDate(string? s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year > 1 ? d : null;

    private static DateTime? ParseDateTime(string? s) =>
        DateTime.TryParseExact(s, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year > 1 ? d : null;

    private static TimeOnly? ParseTime(string? s) =>
        TimeOnly.TryParseExact(s, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    [GeneratedRegex(@"^(?<y>XXXX|\d{4})-(?<m>\d\d)-(?<d>\d\d)(?:T(?<h>\d\d))?")]
    private static partial Regex LunarTimexRegex();

    [GeneratedRegex(@"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/\d{2,4})?(?!\d)")]
    private static partial Regex SlashDateRegex();

    [GeneratedRegex(@"(?<![月\d一二三四五六七八九十])(\d{1,2}|[一二三四五六七八九十]{1,3})号(?![楼线房床车门口机位桌码])")]
    private static partial Regex DayNumberRegex();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)", RegexOptions.IgnoreCase)]
    private static partial Regex MeridiemRegex();

    [GeneratedRegex(@"T(\d\d)")]
    private static partial Regex HourRegex();

    [GeneratedRegex("大年三十|年三十|除夕|大年夜")]
    private static partial Regex NewYearsEveRegex();

    [GeneratedRegex("晚上|今晚|明晚|昨晚|夜里|夜晚|傍晚|tonight|evening|night", RegexOptions.IgnoreCase)]
    private static partial Regex EveningRegex();

    [GeneratedRegex("下午|afternoon", RegexOptions.IgnoreCase)]
    private static partial Regex AfternoonRegex();

    [GeneratedRegex("早上|早晨|上午|清晨|morning", RegexOptions.IgnoreCase)]
    private static partial Regex MorningRegex();

    // 儿 alone only where a day starts (小明儿 is a name, not 小明天).
    [GeneratedRegex(@"(?:(?<![小大阿老])(今|明|后|昨|前)(?:儿个儿|个儿|儿个|个)|(?<=^|[\s,，。])(今|明|后|昨|前)儿)(?![月子们])")]
    private static partial Regex DialectDayRegex();
}
