using System.Globalization;
using LeftBehind.Dialogs.Understanding;
using Xunit.Abstractions;

namespace LeftBehind.Tests.Understanding;

public sealed class UrgencySetTests(ITestOutputHelper output)
{
    [Fact]
    public void The_adversarial_set_has_enough_messages_of_every_level_in_every_language_and_a_held_out_part()
    {
        var set = UrgencySet.Embedded;
        Assert.True(set.Count(x => x.Level == UrgencyLevel.None) >= 300);
        Assert.True(set.Count(x => x.Level == UrgencyLevel.Emergency) >= 100);
        Assert.True(set.Count(x => x.Level == UrgencyLevel.Concern) >= 60);
        foreach (var language in new[] { "zh-Hans", "zh-Hant", "en" })
            foreach (var heldOut in new[] { false, true })
                foreach (var level in Enum.GetValues<UrgencyLevel>())
                    Assert.Contains(set, x => x.Language == language && x.HeldOut == heldOut && x.Level == level);
        Assert.Empty(set.GroupBy(x => x.Text).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void On_the_held_out_part_every_emergency_raises_and_at_most_one_in_a_hundred_ordinary_messages_does()
    {
        var result = UrgencyEvaluation.Run(UrgencySet.Embedded.Where(x => x.HeldOut), t => SharedAnalyzer.Local.Analyze(t, null));
        foreach (var (example, analysis) in result.Errors)
            output.WriteLine($"{example.Level} -> {analysis.Level} [{analysis.UrgencyReason}] {example.Text}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recall {result.EmergencyRecall:P1}, false emergencies {result.FalseEmergenciesPer100:F2} per 100, concerns noticed {result.ConcernRecall:P1}"));

        Assert.Equal(1.0, result.EmergencyRecall);
        Assert.True(result.FalseEmergenciesPer100 <= 1.0, $"{result.FalseEmergencies} false emergencies in {result.Ordinary} ordinary messages");
        Assert.True(result.ConcernRecall >= 0.9, $"concerns noticed {result.ConcernRecall:P1}");
    }

    [Fact]
    public void Every_emergency_of_the_intent_corpus_still_raises()
    {
        var missed = IntentCorpus.Embedded.All
            .Where(x => x.Label == Intents.Emergency && SharedAnalyzer.Local.Analyze(x.Text, null).Level != UrgencyLevel.Emergency)
            .Select(x => x.Text).ToList();
        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("小明，听说你这次数学考了110分")]
    [InlineData("校服120元一套，下周一交给班长")]
    [InlineData("娃回来了 在同学家睡的 没事")]
    [InlineData("老师教孩子们记住110、119、120这几个号码")]
    [InlineData("房间号是1120，快递放门卫就行")]
    [InlineData("妈妈想死你了，过年就回来")]
    [InlineData("孩子已经找到了，在网吧，现在带回家了")]
    public void Scores_prices_rooms_good_news_and_resolved_incidents_are_not_emergencies(string text)
    {
        var analysis = SharedAnalyzer.Local.Analyze(text, null);

        Assert.Equal(UrgencyLevel.None, analysis.Level);
        Assert.False(analysis.Urgent, analysis.UrgencyReason);
    }

    [Theory]
    [InlineData("我刚打了110，孩子被人拐走了")]
    [InlineData("快叫120，孩子抽搐了")]
    [InlineData("拨了119，房子烧起来了")]
    [InlineData("We called 120, he is not moving")]
    public void A_danger_number_counts_when_someone_calls_it(string text)
    {
        var analysis = SharedAnalyzer.Local.Analyze(text, null);

        Assert.Equal(UrgencyLevel.Emergency, analysis.Level);
        Assert.False(analysis.ConfirmFirst);
    }

    [Theory]
    [InlineData("爷爷中风住院了 家里就剩孩子一个人")]
    [InlineData("Grandma collapsed and was taken to hospital, the boy is alone at home")]
    public void A_guardian_who_suddenly_cannot_care_while_the_child_is_alone_is_an_emergency(string text)
    {
        var analysis = SharedAnalyzer.Local.Analyze(text, null);

        Assert.Equal(UrgencyLevel.Emergency, analysis.Level);
        Assert.Equal("alone", analysis.UrgencyReason);
    }

    [Theory]
    [InlineData("问老师 小雨在学校有没有被欺负", "bullying")]
    [InlineData("孩子最近回家一句话都不说，问他也不理", "withdrawn")]
    [InlineData("孩子连续三天没去上学了，说肚子疼", "absence")]
    public void Bullying_silence_and_worrying_absence_are_urgent_concerns_not_emergencies(string text, string reason)
    {
        var analysis = SharedAnalyzer.Local.Analyze(text, null);

        Assert.Equal(UrgencyLevel.Concern, analysis.Level);
        Assert.False(analysis.Urgent);
        Assert.Equal(reason, analysis.UrgencyReason);
    }

    [Fact]
    public void A_weak_sign_alone_asks_once_instead_of_raising()
    {
        var analysis = SharedAnalyzer.Local.Analyze("孙子一个人去河边了", null);

        Assert.Equal(UrgencyLevel.Emergency, analysis.Level);
        Assert.True(analysis.ConfirmFirst);
    }

    [Fact]
    public void A_danger_after_news_of_resolution_and_a_but_still_raises()
    {
        var analysis = SharedAnalyzer.Local.Analyze("孩子找到了，但是腿摔断了", null);

        Assert.Equal(UrgencyLevel.Emergency, analysis.Level);
    }
}
