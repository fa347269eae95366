using System.Globalization;
using LeftBehind.Dialogs.Understanding;
using Xunit.Abstractions;

namespace LeftBehind.Tests.Understanding;

public sealed class HeldOutEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Held_out_set_never_overlaps_the_training_set_and_covers_every_intent_and_language()
    {
        var corpus = IntentCorpus.Embedded;
        var train = corpus.Train.Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(corpus.Test, e => train.Contains(e.Text));
        Assert.Equal(corpus.All.Count, corpus.Train.Count + corpus.Test.Count);
        foreach (var intent in Intents.All) Assert.Contains(corpus.Test, e => e.Label == intent);
        foreach (var language in new[] { "zh-Hans", "zh-Hant", "en" })
            Assert.True(corpus.All.Count(e => e.Language == language) >= 300, $"{language} has fewer than 300 messages");
    }

    [Fact]
    public void Analyzer_meets_accuracy_and_emergency_targets_on_the_held_out_set()
    {
        var analyzer = SharedAnalyzer.Local;
        var evaluation = IntentEvaluation.Run(IntentCorpus.Embedded.Test, t => analyzer.Analyze(t, null).Intent);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy {evaluation.Accuracy:P1} ({evaluation.Correct}/{evaluation.Total})"));
        foreach (var m in evaluation.PerIntent)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Intent,-14} precision {m.Precision:P1} recall {m.Recall:P1} support {m.Support}"));
        foreach (var (example, predicted) in evaluation.Errors)
            output.WriteLine($"miss [{example.Label} -> {predicted}] {example.Text}");

        var emergency = evaluation.For(Intents.Emergency);
        Assert.True(evaluation.Accuracy >= 0.90, $"accuracy {evaluation.Accuracy:P1} < 90%");
        Assert.True(emergency.Recall >= 0.98, $"emergency recall {emergency.Recall:P1} < 98%");
        Assert.True(emergency.Precision >= 0.80, $"emergency precision {emergency.Precision:P1} < 80%");
    }

    [Fact]
    public void Every_held_out_emergency_is_flagged_urgent_with_a_reason()
    {
        var analyzer = SharedAnalyzer.Local;
        var missed = IntentCorpus.Embedded.Test
            .Where(e => e.Label == Intents.Emergency)
            .Select(e => (e.Text, Analysis: analyzer.Analyze(e.Text, null)))
            .Where(x => !x.Analysis.Urgent || x.Analysis.UrgencyReason is null)
            .Select(x => x.Text)
            .ToList();
        Assert.True(missed.Count <= 0.02 * IntentCorpus.Embedded.Test.Count(e => e.Label == Intents.Emergency), string.Join("; ", missed));
    }
}
