namespace LeftBehind.Dialogs.Understanding;

/// <summary>Held-out figures of an analyzer: accuracy and per-intent precision and recall.</summary>
internal sealed record IntentEvaluation(
    int Total,
    int Correct,
    IReadOnlyList<IntentMetrics> PerIntent,
    IReadOnlyList<(IntentExample Example, string Predicted)> Errors)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public IntentMetrics For(string intent) => PerIntent.Single(m => m.Intent == intent);

    public static IntentEvaluation Run(IReadOnlyList<IntentExample> test, Func<string, string> predict)
    {
        var tp = new Dictionary<string, int>();
        var predicted = new Dictionary<string, int>();
        var actual = new Dictionary<string, int>();
        var errors = new List<(IntentExample, string)>();
        foreach (var example in test)
        {
            var answer = predict(example.Text);
            Increment(predicted, answer);
            Increment(actual, example.Label);
            if (answer == example.Label) Increment(tp, answer);
            else errors.Add((example, answer));
        }
        var metrics = Intents.All
            .Select(i => new IntentMetrics(i, tp.GetValueOrDefault(i), predicted.GetValueOrDefault(i), actual.GetValueOrDefault(i)))
            .ToList();
        return new IntentEvaluation(test.Count, tp.Values.Sum(), metrics, errors);
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
