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
    [InlineData("明天下午", "2026-11-24 12:00", false)]
    [InlineData("明天 下午 3 点", "2026-11-24 15:00", true)]
    [InlineData("明天下午3點", "2026-11-24 15:00", true)]
    [InlineData("后天上午十点", "2026-11-25 10:00", true)]
    [InlineData("今晚八点半", "2026-11-23 20:30", true)]
    [InlineData("这周日晚上8点", "2026-11-29 20:00", true)]
    [InlineData("這週日晚上8點", "2026-11-29 20:00", true)]
    [InlineData("下个月", "2026-12-01 00:00", false)]
    [InlineData("12月1日", "2026-12-01 00:00", false)]
    [InlineData("11月5号", "2026-11-05 00:00", false)]
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
    [InlineData("tonight", "2026-11-23 18:00", false)]
    public void Resolves_dates_and_times_in_the_users_zone(string text, string expectedLocal, bool hasTime)
    {
        var r = DateTimeRecognizer.Recognize(text, Now, Shanghai);
        Assert.NotNull(r);
        Assert.Equal(expectedLocal, r.Value.ToString("yyyy-MM-dd HH:mm"));
        Assert.Equal(TimeSpan.FromHours(8), r.Value.Offset);
        Assert.Equal(hasTime, r.HasTime);
    }

    [Fact]
    public void Ranges_carry_their_end()
    {
        var afternoon = DateTimeRecognizer.Recognize("明天下午", Now, Shanghai)!;
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.FromHours(8)), afternoon.End);
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
    [InlineData("明天我要去赶集")]
    [InlineData("25点")]
    [InlineData("hello")]
    [InlineData("13pm")]
    [InlineData("明天abc")]
    public void Bad_input_is_not_a_date(string text) => Assert.Null(DateTimeRecognizer.Recognize(text, Now, Shanghai));

    [Fact]
    public void A_pasted_essay_is_not_a_date() => Assert.Null(DateTimeRecognizer.Recognize(string.Concat(Enumerable.Repeat("明天", 2500)), Now, Shanghai));
}
