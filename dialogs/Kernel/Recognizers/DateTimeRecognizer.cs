using System.Globalization;
using System.Text.RegularExpressions;

namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// Dates and times as families write them, in Chinese or English: 今天, 明天下午, 这周日晚上8点, 下个月, 12月1日, 11月5号,
/// 周日/星期天/禮拜天, 上周三, 三天后, "tomorrow 8pm", "next monday", "dec 1". Resolved against <c>now</c> in the
/// user's zone; the whole message must be a date/time, otherwise nothing is recognised.
/// </summary>
public static partial class DateTimeRecognizer
{
    private const string Cn = "[0-9零〇一二两兩三四五六七八九十]";

    private static readonly string[] EnglishDays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly string[] EnglishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static DateTimeResolution? Recognize(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return null;
        var t = TextNormalizer.Normalize(text);
        t = SpacesRegex().Replace(t, " ");
        t = CjkSpaceRegex().Replace(t, string.Empty);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var parser = new Parser(t, today);
        return parser.Run(zone);
    }

    private sealed class Parser(string text, DateOnly today)
    {
        private string _rest = text;
        private DateOnly? _date;
        private DateOnly? _rangeEnd;
        private string? _rangeTimex;
        private (int From, int To)? _dayPart;
        private int? _hour;
        private int _minute;

        public DateTimeResolution? Run(TimeZoneInfo zone)
        {
            Skip();
            ParseDate();
            Skip();
            ParseDayPart();
            Skip();
            ParseTime();
            Skip();
            if (_date is null && _dayPart is null && _hour is null) return null;
            if (_rest.Length > 0) return null;
            return Build(zone);
        }

        private void Skip()
        {
            _rest = _rest.TrimStart(' ', '的', ',');
            foreach (var filler in new[] { "at ", "on ", "in the " })
            {
                if (_rest.StartsWith(filler, StringComparison.Ordinal)) _rest = _rest[filler.Length..];
            }
            foreach (var tail in new[] { "左右", "前后", "前後", "吧", "的时候", "的時候" })
            {
                if (_rest == tail) _rest = string.Empty;
            }
        }

        private bool Take(Regex regex, out Match match)
        {
            match = regex.Match(_rest);
            if (!match.Success) return false;
            _rest = _rest[match.Length..];
            return true;
        }

        private void ParseDate()
        {
            if (Take(RelativeDayRegex(), out var m))
            {
                _date = today.AddDays(RelativeDayOffset(m.Value));
                ExpandShortDayPart(m.Value);
                return;
            }
            if (Take(DaysLaterRegex(), out m) && TryInt(m.Groups[1].Value, out var n))
            {
                _date = today.AddDays(n);
                return;
            }
            if (Take(InDaysRegex(), out m))
            {
                _date = today.AddDays(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                return;
            }
            if (Take(WeekdayRegex(), out m))
            {
                var day = WeekdayIndex(m.Groups[3].Value);
                var monday = MondayOf(today);
                _date = m.Groups[1].Value switch
                {
                    "上" => monday.AddDays(-7 + day - 1),
                    "下" => monday.AddDays(7 + day - 1),
                    "这" or "這" or "本" => monday.AddDays(day - 1),
                    _ => NextOnOrAfter(day),
                };
                return;
            }
            if (Take(WeekRegex(), out m))
            {
                var monday = MondayOf(today).AddDays(m.Groups[1].Value switch { "上" => -7, "下" => 7, _ => 0 });
                SetWeek(monday);
                return;
            }
            if (Take(MonthRelativeRegex(), out m))
            {
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(m.Groups[1].Value switch { "上" => -1, "下" => 1, _ => 0 });
                SetMonth(first);
                return;
            }
            if (Take(ChineseDateRegex(), out m))
            {
                if (TryInt(m.Groups[2].Value, out var month) && TryInt(m.Groups[3].Value, out var day))
                {
                    _date = MakeDate(m.Groups[1].Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null, month, day);
                    if (_date is null) _rest = "?";
                }
                else
                {
                    _rest = "?";
                }
                return;
            }
            if (Take(IsoDateRegex(), out m))
            {
                _date = MakeDate(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
                if (_date is null) _rest = "?";
                return;
            }
            if (Take(SlashDateRegex(), out m))
            {
                _date = MakeDate(null, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
                if (_date is null) _rest = "?";
                return;
            }
            ParseEnglishDate();
        }

        private void ParseEnglishDate()
        {
            if (Take(EnglishRelativeRegex(), out var m))
            {
                _date = today.AddDays(m.Value.Trim() switch { "today" or "tonight" => 0, "tomorrow" => 1, "yesterday" => -1, _ => 2 });
                if (m.Value.StartsWith("tonight", StringComparison.Ordinal)) _dayPart = (18, 24);
                return;
            }
            if (Take(EnglishPeriodRegex(), out m))
            {
                var shift = m.Groups[1].Value.Trim() switch { "last" => -1, "next" => 1, _ => 0 };
                if (m.Groups[2].Value == "week")
                {
                    var monday = MondayOf(today).AddDays(7 * shift);
                    SetWeek(monday);
                }
                else
                {
                    var first = new DateOnly(today.Year, today.Month, 1).AddMonths(shift);
                    SetMonth(first);
                }
                return;
            }
            if (Take(EnglishWeekdayRegex(), out m))
            {
                var day = Array.FindIndex(EnglishDays, d => d.StartsWith(m.Groups[2].Value, StringComparison.Ordinal)) + 1;
                var monday = MondayOf(today);
                _date = m.Groups[1].Value.Trim() switch
                {
                    "last" => NextOnOrAfter(day).AddDays(-7),
                    "next" => monday.AddDays(7 + day - 1),
                    "this" => monday.AddDays(day - 1),
                    _ => NextOnOrAfter(day),
                };
                return;
            }
            if (Take(EnglishMonthDayRegex(), out m) || Take(EnglishDayMonthRegex(), out m))
            {
                var month = Array.FindIndex(EnglishMonths, x => x.StartsWith(m.Groups["m"].Value, StringComparison.Ordinal)) + 1;
                _date = MakeDate(null, month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
                if (_date is null) _rest = "?";
            }
        }

        private void ParseDayPart()
        {
            if (_dayPart is not null) return;
            if (Take(DayPartRegex(), out var m)) _dayPart = DayPartRange(m.Value);
            else if (Take(EnglishDayPartRegex(), out m)) _dayPart = DayPartRange(m.Groups[1].Value);
        }

        private void ParseTime()
        {
            if (Take(ChineseTimeRegex(), out var m))
            {
                if (!TryInt(m.Groups[1].Value, out var h)) { _rest = "?"; return; }
                var minute = 0;
                var mm = m.Groups[2].Value;
                if (mm is "半") minute = 30;
                else if (mm is "一刻") minute = 15;
                else if (mm is "三刻") minute = 45;
                else if (mm.Length > 0 && !TryInt(mm, out minute)) { _rest = "?"; return; }
                SetTime(h, minute);
            }
            else if (Take(ClockTimeRegex(), out m))
            {
                var h = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                var minute = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
                var suffix = m.Groups[3].Value.Trim().Replace(".", string.Empty, StringComparison.Ordinal);
                if (suffix.Length > 0 && h is < 1 or > 12) { _rest = "?"; return; }
                if (suffix == "pm" && h < 12) h += 12;
                if (suffix == "am" && h == 12) h = 0;
                SetTime(h, minute);
                if (_dayPart is null) ParseDayPart();
            }
        }

        private void SetTime(int hour, int minute)
        {
            if (hour is < 0 or > 24 || minute is < 0 or > 59) { _rest = "?"; return; }
            if (_dayPart is { } part && hour < 12 && part.From >= 12) hour += 12;
            if (_dayPart is { From: 11 } && hour < 3) hour += 12;
            _hour = hour;
            _minute = minute;
        }

        private void SetWeek(DateOnly monday)
        {
            var d = monday.ToDateTime(TimeOnly.MinValue);
            SetRange(monday, monday.AddDays(6), $"{ISOWeek.GetYear(d)}-W{ISOWeek.GetWeekOfYear(d):00}");
        }

        private void SetMonth(DateOnly first) => SetRange(first, first.AddMonths(1).AddDays(-1), $"{first:yyyy-MM}");

        private void SetRange(DateOnly start, DateOnly end, string timex)
        {
            _date = start;
            _rangeEnd = end;
            _rangeTimex = timex;
        }

        private void ExpandShortDayPart(string word)
        {
            if (word.EndsWith('晚')) _dayPart = (18, 24);
            else if (word.EndsWith('早')) _dayPart = (6, 12);
        }

        private DateTimeResolution Build(TimeZoneInfo zone)
        {
            var date = _date ?? today;
            if (_hour is { } h)
            {
                var local = date.ToDateTime(TimeOnly.MinValue).AddHours(h).AddMinutes(_minute);
                var at = At(local, zone);
                return new DateTimeResolution(at, null, null, $"{local:yyyy-MM-dd'T'HH:mm}", true);
            }
            if (_dayPart is { } part)
            {
                var start = At(date.ToDateTime(TimeOnly.MinValue).AddHours(part.From), zone);
                var end = At(date.ToDateTime(TimeOnly.MinValue).AddHours(part.To), zone);
                return new DateTimeResolution(start, start, end, $"{date:yyyy-MM-dd}T{part.From:00}-{part.To:00}", false);
            }
            if (_rangeEnd is { } last)
            {
                var start = At(date.ToDateTime(TimeOnly.MinValue), zone);
                var end = At(last.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
                return new DateTimeResolution(start, start, end, _rangeTimex!, false);
            }
            var day = At(date.ToDateTime(TimeOnly.MinValue), zone);
            return new DateTimeResolution(day, day, At(date.AddDays(1).ToDateTime(TimeOnly.MinValue), zone), $"{date:yyyy-MM-dd}", false);
        }

        private static DateTimeOffset At(DateTime local, TimeZoneInfo zone)
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            if (zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
            return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
        }

        private DateOnly? MakeDate(int? year, int month, int day)
        {
            if (month is < 1 or > 12 || day < 1) return null;
            if (year is { } y) return day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
            // No year: the occurrence nearest to today (11月5号 said on 23 Nov is this year's; 1月3日 said in December is next year's).
            DateOnly? best = null;
            foreach (var candidate in new[] { today.Year - 1, today.Year, today.Year + 1 })
            {
                if (day > DateTime.DaysInMonth(candidate, month)) continue;
                var d = new DateOnly(candidate, month, day);
                if (best is null || Math.Abs(d.DayNumber - today.DayNumber) < Math.Abs(best.Value.DayNumber - today.DayNumber)) best = d;
            }
            return best;
        }

        private DateOnly NextOnOrAfter(int isoDay)
        {
            var current = ((int)today.DayOfWeek + 6) % 7 + 1;
            return today.AddDays((isoDay - current + 7) % 7);
        }

        private static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

        private static int WeekdayIndex(string s) => s switch
        {
            "一" or "1" => 1, "二" or "2" => 2, "三" or "3" => 3, "四" or "4" => 4, "五" or "5" => 5, "六" or "6" => 6, _ => 7,
        };

        private static int RelativeDayOffset(string word) => word switch
        {
            "大后天" or "大後天" => 3,
            "后天" or "後天" => 2,
            "明天" or "明日" or "明儿" or "明兒" or "明晚" or "明早" => 1,
            "昨天" or "昨日" or "昨晚" => -1,
            "前天" => -2,
            "大前天" => -3,
            _ => 0,
        };

        private static (int, int) DayPartRange(string word) => word switch
        {
            "凌晨" or "半夜" => (0, 6),
            "早上" or "早晨" or "清晨" or "上午" or "早" or "morning" => (6, 12),
            "中午" or "noon" => (11, 13),
            "下午" or "afternoon" => (12, 18),
            "傍晚" => (17, 19),
            _ => (18, 24),
        };

        private static bool TryInt(string s, out int value)
        {
            value = 0;
            if (!NumberRecognizer.TryChineseInteger(s, out var v) || v > 10_000) return false;
            value = (int)v;
            return true;
        }
    }

    [GeneratedRegex("^(大后天|大後天|后天|後天|大前天|前天|明天|明日|明儿|明兒|明晚|明早|今天|今日|今儿|今兒|今晚|昨天|昨日|昨晚)")]
    private static partial Regex RelativeDayRegex();

    [GeneratedRegex($"^({Cn}+)(?:天|日)(?:以后|以後|之后|之後|后|後)")]
    private static partial Regex DaysLaterRegex();

    [GeneratedRegex("^in (\\d{1,3}) days?")]
    private static partial Regex InDaysRegex();

    [GeneratedRegex("^(上|下|这|這|本)?(?:个|個)?(周|週|星期|礼拜|禮拜)([一二三四五六日天1-7])")]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex("^(上|下|这|這|本)(?:个|個)?(?:周|週|星期|礼拜|禮拜)")]
    private static partial Regex WeekRegex();

    [GeneratedRegex("^(上|下|这|這|本)(?:个|個)?月")]
    private static partial Regex MonthRelativeRegex();

    [GeneratedRegex($"^(?:(\\d{{4}})年)?({Cn}{{1,3}})月({Cn}{{1,3}})(?:日|号|號)?")]
    private static partial Regex ChineseDateRegex();

    [GeneratedRegex("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})")]
    private static partial Regex IsoDateRegex();

    [GeneratedRegex("^(\\d{1,2})/(\\d{1,2})(?!\\d)")]
    private static partial Regex SlashDateRegex();

    [GeneratedRegex("^(today|tonight|tomorrow|yesterday|the day after tomorrow)\\b")]
    private static partial Regex EnglishRelativeRegex();

    [GeneratedRegex("^(last |next |this )?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b")]
    private static partial Regex EnglishWeekdayRegex();

    [GeneratedRegex("^(last |next |this )(week|month)\\b")]
    private static partial Regex EnglishPeriodRegex();

    [GeneratedRegex("^(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?<d>\\d{1,2})(?:st|nd|rd|th)?\\b")]
    private static partial Regex EnglishMonthDayRegex();

    [GeneratedRegex("^(?<d>\\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b")]
    private static partial Regex EnglishDayMonthRegex();

    [GeneratedRegex("^(凌晨|半夜|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里|夜裡|夜晚|晚|早)")]
    private static partial Regex DayPartRegex();

    [GeneratedRegex("^(?:in the )?(morning|afternoon|evening|noon|night)\\b")]
    private static partial Regex EnglishDayPartRegex();

    [GeneratedRegex($"^({Cn}{{1,3}})(?:点|點|时|時)((?:[0-5]?[0-9])|半|一刻|三刻|{Cn}{{1,3}})?(?:分)?(?:钟|鐘)?")]
    private static partial Regex ChineseTimeRegex();

    [GeneratedRegex("^(\\d{1,2})(?::(\\d{2}))?( ?(?:am|pm|a\\.m\\.|p\\.m\\.))?(?![0-9])")]
    private static partial Regex ClockTimeRegex();

    [GeneratedRegex("(?<=[^\\x00-\\x7F]) | (?=[^\\x00-\\x7F])")]
    private static partial Regex CjkSpaceRegex();

    [GeneratedRegex("\\s+")]
    private static partial Regex SpacesRegex();
}
