using System.Diagnostics;
using System.Globalization;
using LeftBehind.Dialogs.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bench.Understanding;

/// <summary>
/// <c>analyze [--iterations N] [--errors]</c>: trains (or loads) the intent model, prints the held-out metrics and
/// measures the latency of one local analysis (p50/p99) over the held-out messages.
/// </summary>
internal static class AnalyzeBenchmark
{
    public static int Run(string[] args)
    {
        var iterations = 20_000;
        var showErrors = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--iterations" && i + 1 < args.Length) iterations = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--errors") showErrors = true;
        }

        var options = Options.Create(new TextAnalysisOptions { ModelDirectory = Path.Combine(Path.GetTempPath(), "lb-bench-models") });
        var analyzer = new LocalTextAnalyzer(options, new PiiRedactor(), NullLogger<LocalTextAnalyzer>.Instance);
        var corpus = IntentCorpus.Embedded;

        var train = Stopwatch.StartNew();
        var model = IntentClassifier.Train(corpus.Train);
        train.Stop();
        _ = model;
        _ = analyzer.Classifier;

        Console.WriteLine($"corpus: {corpus.All.Count} messages, train {corpus.Train.Count}, held-out {corpus.Test.Count}; training took {train.ElapsedMilliseconds} ms");
        foreach (var group in corpus.All.GroupBy(e => e.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"  {group.Key}: {group.Count()} messages, held-out {corpus.Test.Count(e => e.Language == group.Key)}");

        var evaluation = IntentEvaluation.Run(corpus.Test, t => analyzer.Analyze(t, null).Intent);
        Console.WriteLine($"held-out accuracy: {evaluation.Accuracy:P1} ({evaluation.Correct}/{evaluation.Total})");
        foreach (var language in corpus.Test.Select(e => e.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var subset = corpus.Test.Where(e => e.Language == language).ToList();
            var perLanguage = IntentEvaluation.Run(subset, t => analyzer.Analyze(t, null).Intent);
            Console.WriteLine($"  {language}: {perLanguage.Accuracy:P1} ({perLanguage.Correct}/{perLanguage.Total})");
        }
        Console.WriteLine("| intent | precision | recall | support |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var m in evaluation.PerIntent)
            Console.WriteLine($"| {m.Intent} | {m.Precision:P1} | {m.Recall:P1} | {m.Support} |");
        if (showErrors)
            foreach (var (example, predicted) in evaluation.Errors)
                Console.WriteLine($"  miss: [{example.Label} -> {predicted} ({analyzer.Analyze(example.Text, null).UrgencyReason})] {example.Text}");

        var texts = corpus.Test.Select(e => e.Text).ToArray();
        for (var i = 0; i < 2_000; i++) analyzer.Analyze(texts[i % texts.Length], null);
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            analyzer.Analyze(texts[i % texts.Length], null);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var gcAfter = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        Array.Sort(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency over {iterations} analyses: p50 {Percentile(samples, 0.50):F3} ms, p99 {Percentile(samples, 0.99):F3} ms, max {samples[^1]:F3} ms"));
        Console.WriteLine($"GC during the loop: gen0 {gcAfter.Item1 - gcBefore.Item1}, gen1 {gcAfter.Item2 - gcBefore.Item2}, gen2 {gcAfter.Item3 - gcBefore.Item3}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 20)} MiB available, load average {LoadAverage()}");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
