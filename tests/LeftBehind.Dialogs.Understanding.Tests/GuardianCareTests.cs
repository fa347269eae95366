using LeftBehind.Dialogs.Understanding;
using Xunit.Abstractions;

namespace LeftBehind.Tests.Understanding;

public sealed class GuardianCareTests(ITestOutputHelper output)
{
    [Fact]
    public void The_set_has_at_least_forty_incapacity_messages_with_dialect_traditional_and_english_and_as_many_ordinary_ones()
    {
        Assert.True(GuardianCareSet.Incapacity.Length >= 40);
        Assert.True(GuardianCareSet.Ordinary.Length >= 40);
        Assert.Contains(GuardianCareSet.Incapacity, t => ScriptDetector.Detect(t, null) == "zh-Hant");
        Assert.Contains(GuardianCareSet.Incapacity, t => ScriptDetector.Detect(t, null) == "en");
        Assert.Contains(GuardianCareSet.Incapacity, t => t.Contains("屋企", StringComparison.Ordinal));
        Assert.Empty(GuardianCareSet.Incapacity.Intersect(GuardianCareSet.Ordinary));
    }

    [Fact]
    public void Every_message_of_the_set_saying_the_guardian_cannot_care_is_at_least_an_urgent_concern()
    {
        var missed = GuardianCareSet.Incapacity
            .Select(t => (Text: t, Analysis: SharedAnalyzer.Local.Analyze(t, null)))
            .Where(x => !x.Analysis.GuardianCannotCare || x.Analysis.Level == UrgencyLevel.None).ToList();
        foreach (var (text, analysis) in missed) output.WriteLine($"missed: {text} -> {analysis.Level} {analysis.UrgencyReason}");
        Assert.Empty(missed);
    }

    [Fact]
    public void Ordinary_messages_with_the_same_words_raise_no_guardian_gap_and_no_emergency()
    {
        var wrong = GuardianCareSet.Ordinary
            .Select(t => (Text: t, Analysis: SharedAnalyzer.Local.Analyze(t, null)))
            .Where(x => x.Analysis.GuardianCannotCare || x.Analysis.Level == UrgencyLevel.Emergency).ToList();
        foreach (var (text, analysis) in wrong) output.WriteLine($"raised: {text} -> {analysis.Level} {analysis.UrgencyReason}");
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("爷爷中风住院了 家里就剩孩子一个人")]
    [InlineData("老汉儿住院了，屋头就剩娃儿一个")]
    [InlineData("阿婆跌断咗腿入咗院，屋企得个细路")]
    [InlineData("爺爺中風住院了，家裡只剩孩子一個人")]
    public void A_guardian_gone_while_the_child_is_alone_is_an_emergency_and_a_guardian_gap(string text)
    {
        var analysis = SharedAnalyzer.Local.Analyze(text, null);

        Assert.Equal(UrgencyLevel.Emergency, analysis.Level);
        Assert.True(analysis.GuardianCannotCare);
    }

    [Theory]
    [InlineData("老伴中风住院了 我得去医院陪着")]
    [InlineData("老伴中风住院了，我得去医院陪着")]
    [InlineData("爷爷住院了　我在医院陪他")]
    public void A_space_typed_between_two_clauses_ends_the_first_like_a_comma(string text)
    {
        // Found playing the grandfather: with a space instead of the comma, the "陪" of the second clause cancelled the first.
        Assert.True(SharedAnalyzer.Local.Analyze(text, null).GuardianCannotCare);
    }

    [Theory]
    [InlineData("奶奶昨晚突然中风，现在在县医院")]
    [InlineData("我要回老家一个月，孩子没人带")]
    [InlineData("我下週要開刀住院，孫子沒人管")]
    [InlineData("奶奶明天住院，孩子就没人管了")]
    public void A_guardian_gone_with_nobody_said_to_be_alone_is_an_urgent_concern_not_a_family_broadcast(string text)
    {
        var analysis = SharedAnalyzer.Local.Analyze(text, null);

        Assert.Equal(UrgencyLevel.Concern, analysis.Level);
        Assert.False(analysis.Urgent);
        Assert.True(analysis.GuardianCannotCare);
    }
}
