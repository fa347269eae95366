using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Tests.Kernel;

public sealed class DateTimeRecognizerTests
{
    // Monday 23 November 2026, 10:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Shanghai = KernelTurnState.FindZone("Asia/Shanghai");

    [Theory]
    [InlineData("今天", "2026-11-23 00:00", false)]
    [InlineData("明天", "2026-11-24 00:00", false)]
    [InlineData("明个", "2026-11-24 00:00", false)]
    [InlineData("明儿个", "2026-11-24 00:00", false)]
    [InlineData("后个", "2026-11-25 00:00", false)]
    [InlineData("明儿", "2026-11-24 00:00", false)]
    [InlineData("明天下午", "2026-11-24 12:00", false)]
    [InlineData("明天 下午 3 点", "2026-11-24 15:00", true)]
    [InlineData("明天下午3點", "2026-11-24 15:00", true)]
    [InlineData("后天上午十点", "2026-11-25 10:00", true)]
    [InlineData("今晚八点半", "2026-11-23 20:30", true)]
    [InlineData("这周日晚上8点", "2026-11-29 20:00", true)]
    [InlineData("這週日晚上8點", "2026-11-29 20:00", true)]
    [InlineData("下个月", "2026-12-01 00:00", false)]
    [InlineData("12月1日", "2026-12-01 00:00", false)]
    [InlineData("十二月一号", "2026-12-01 00:00", false)]
    [InlineData("1月3日", "2027-01-03 00:00", false)]
    [InlineData("2027年2月1日", "2027-02-01 00:00", false)]
    [InlineData("周日", "2026-11-29 00:00", false)]
    [InlineData("星期天", "2026-11-29 00:00", false)]
    [InlineData("禮拜天", "2026-11-29 00:00", false)]
    [InlineData("周一", "2026-11-23 00:00", false)]
    [InlineData("上周三", "2026-11-18 00:00", false)]
    [InlineData("下周三", "2026-12-02 00:00", false)]
    [InlineData("三天后", "2026-11-26 00:00", false)]
    [InlineData("下午3点半", "2026-11-23 15:30", true)]
    [InlineData("晚上8点", "2026-11-23 20:00", true)]
    [InlineData("tomorrow 8pm", "2026-11-24 20:00", true)]
    [InlineData("Tomorrow at 8:30 am", "2026-11-24 08:30", true)]
    [InlineData("today", "2026-11-23 00:00", false)]
    [InlineData("next monday", "2026-11-30 00:00", false)]
    [InlineData("last wednesday", "2026-11-18 00:00", false)]
    [InlineData("Sunday", "2026-11-29 00:00", false)]
    [InlineData("next month", "2026-12-01 00:00", false)]
    [InlineData("Dec 1", "2026-12-01 00:00", false)]
    [InlineData("1st of december", "2026-12-01 00:00", false)]
    [InlineData("就明天下午吧", "2026-11-24 12:00", false)]
    [InlineData("29号吧", "2026-11-29 00:00", false)]
    [InlineData("那就下下周三", "2026-12-09 00:00", false)]
    [InlineData("5天前", "2026-11-18 00:00", false)]
    [InlineData("明天我要去赶集", "2026-11-24 00:00", false)]
    [InlineData("就这周日晚上8点啊", "2026-11-29 20:00", true)]
    [InlineData("next sunday at 8pm", "2026-12-06 20:00", true)]
    public void Resolves_dates_and_times_in_the_users_zone(string text, string expectedLocal, bool hasTime)
    {
        var r = DateTimeRecognizer.Recognize(text, Now, Shanghai, DatePreference.Future, answersWhen: true);
        Assert.NotNull(r);
        Assert.Equal(expectedLocal, r.Value.ToString("yyyy-MM-dd HH:mm"));
        Assert.Equal(TimeSpan.FromHours(8), r.Value.Offset);
        Assert.Equal(hasTime, r.HasTime);
    }

    [Theory]
    [InlineData("11月5号", DatePreference.Past, "2026-11-05")]
    [InlineData("11月5号", DatePreference.Nearest, "2026-11-05")]
    [InlineData("11月5号", DatePreference.Future, "2027-11-05")]
    [InlineData("周日", DatePreference.Past, "2026-11-22")]
    [InlineData("周日", DatePreference.Future, "2026-11-29")]
    public void A_day_without_its_year_or_week_is_read_as_the_caller_prefers(string text, DatePreference preference, string expected) =>
        Assert.Equal(expected, DateTimeRecognizer.Recognize(text, Now, Shanghai, preference)!.Value.ToString("yyyy-MM-dd"));

    [Theory]
    // Chinese New Year 2027 is 6 February; 大年三十 is the last day of 腊月, the day before.
    [InlineData("正月初一", "2027-02-06", "2027-01-01")]
    [InlineData("大年初一回家", "2027-02-06", "2027-01-01")]
    [InlineData("大年三十", "2027-02-05", "2026-12-29")]
    [InlineData("除夕那天", "2027-02-05", "2026-12-29")]
    public void Lunar_days_become_calendar_days(string text, string expected, string lunar)
    {
        var r = DateTimeRecognizer.Recognize(text, Now, Shanghai, DatePreference.Future)!;
        Assert.Equal(expected, r.Value.ToString("yyyy-MM-dd"));
        Assert.Equal(lunar, r.Lunar);
    }

    [Fact]
    public void A_bare_day_number_is_a_date_only_as_an_answer_to_when()
    {
        Assert.Null(DateTimeRecognizer.Recognize("12号", Now, Shanghai));
        Assert.Equal("2026-12-12", DateTimeRecognizer.Recognize("12号", Now, Shanghai, DatePreference.Future, answersWhen: true)!.Value.ToString("yyyy-MM-dd"));
        Assert.Null(DateTimeRecognizer.Recognize("3号楼", Now, Shanghai, DatePreference.Future, answersWhen: true));
    }

    [Fact]
    public void Repeating_times_are_sets_and_not_answers_to_when()
    {
        var r = DateTimeRecognizer.RecognizeAny("每周日", Now, Shanghai)!;
        Assert.Equal(DateTimeResolutionKind.Set, r.Kind);
        Assert.Equal("XXXX-WXX-7", r.Timex);
        Assert.Null(DateTimeRecognizer.Recognize("每周日", Now, Shanghai));
    }

    [Fact]
    public void Durations_are_durations()
    {
        var r = DateTimeRecognizer.RecognizeAny("三天", Now, Shanghai)!;
        Assert.Equal(DateTimeResolutionKind.Duration, r.Kind);
        Assert.Equal(TimeSpan.FromDays(3), r.Duration);
    }

    [Fact]
    public void Ranges_carry_their_end()
    {
        var afternoon = DateTimeRecognizer.Recognize("明天下午", Now, Shanghai)!;
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.FromHours(8)), afternoon.End);
        var month = DateTimeRecognizer.Recognize("下个月", Now, Shanghai)!;
        Assert.Equal("2026-12", month.Timex);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), month.End);
    }

    [Fact]
    public void The_same_words_resolve_in_another_zone()
    {
        var newYork = KernelTurnState.FindZone("America/New_York");
        var r = DateTimeRecognizer.Recognize("tomorrow 8pm", Now, newYork)!;
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.FromHours(-5)), r.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("😀😀")]
    [InlineData("13月1日")]
    [InlineData("2月30日")]
    [InlineData("25点")]
    [InlineData("hello")]
    [InlineData("13pm")]
    [InlineData("明天或者后天")]
    [InlineData("tonight at 1am")]
    [InlineData("晚上9点还是上午9点")]
    [InlineData("1/2/2020")]
    [InlineData("雍正四年大年三十")]
    [InlineData("小明儿发烧了")]
    public void Bad_input_is_not_a_date(string text) => Assert.Null(DateTimeRecognizer.Recognize(text, Now, Shanghai));

    [Fact]
    public void A_pasted_essay_is_not_a_date() => Assert.Null(DateTimeRecognizer.Recognize(string.Concat(Enumerable.Repeat("明天", 2500)), Now, Shanghai));

    [Theory]
    [InlineData("明天下午", "就3点吧", "2026-11-24 15:00")]
    [InlineData("明天下午", "3点", "2026-11-24 15:00")]
    [InlineData("29号", "晚上8点", "2026-11-29 20:00")]
    [InlineData("明天", "晚上7点半", "2026-11-24 19:30")]
    [InlineData("tomorrow afternoon", "3pm", "2026-11-24 15:00")]
    public void An_hour_said_after_a_day_is_read_with_that_day(string day, string hour, string expected)
    {
        var said = DateTimeRecognizer.Recognize(day, Now, Shanghai, DatePreference.Future, answersWhen: true);
        Assert.NotNull(said);
        Assert.False(said.HasTime);
        var joined = DateTimeRecognizer.Join(said.Said!, hour, Now, Shanghai);
        Assert.NotNull(joined);
        var r = DateTimeRecognizer.Recognize(joined, Now, Shanghai, DatePreference.Future, answersWhen: true);
        Assert.NotNull(r);
        Assert.True(r.HasTime);
        Assert.Equal(expected, r.Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("小明 has a fever, not going tomorrow", "2026-11-24 00:00")]
    [InlineData("call 小红 tomorrow 8pm", "2026-11-24 20:00")]
    public void English_words_around_a_chinese_name_are_read_as_english(string text, string expected)
    {
        var r = DateTimeRecognizer.Recognize(text, Now, Shanghai, DatePreference.Future);
        Assert.NotNull(r);
        Assert.Equal(expected, r.Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
