using System.Globalization;
using LeftBehind.Dialogs.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bench.Understanding;

/// <summary>
/// <c>urgency [--part tune|heldout|heldout2|all] [--errors]</c>: the local analyzer on the adversarial urgency set — emergency
/// recall, false emergencies per 100 ordinary messages, concern recall — per part and language.
/// </summary>
internal static class UrgencyBenchmark
{
    public static int Run(string[] args)
    {
        var part = "all";
        var showErrors = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--part" && i + 1 < args.Length) part = args[++i];
            else if (args[i] == "--errors") showErrors = true;
        }
        var options = Options.Create(new TextAnalysisOptions { ModelDirectory = Path.Combine(Path.GetTempPath(), "lb-bench-models") });
        var analyzer = new LocalTextAnalyzer(options, new PiiRedactor(), NullLogger<LocalTextAnalyzer>.Instance);
        var all = UrgencySet.Embedded;
        var names = all.Select(x => x.Part).Distinct().OrderBy(p => p == "tune" ? 0 : 1).ThenBy(p => p, StringComparer.Ordinal).ToList();
        var parts = part == "all" ? names : names.Where(n => n == part).ToList();
        if (parts.Count == 0)
        {
            Console.Error.WriteLine($"unknown part '{part}': one of {string.Join(", ", names)}, all");
            return 2;
        }
        Console.WriteLine("| part | language | ordinary | false emergencies (asked) | per 100 | concerns | noticed | as emergency | emergencies | raised | recall | asked first |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var failed = false;
        foreach (var name in parts)
        {
            var subset = all.Where(x => x.Part == name).ToList();
            foreach (var group in subset.GroupBy(x => x.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.ToList())).Append(("all", subset)))
            {
                var r = UrgencyEvaluation.Run(group.Item2, t => analyzer.Analyze(t, null));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {group.Item1} | {r.Ordinary} | {r.FalseEmergencies} ({r.FalseEmergencies - r.FalseBroadcasts}) | {r.FalseEmergenciesPer100:F2} | {r.Concerns} | {r.ConcernsNoticed} | {r.ConcernsAsEmergency} | {r.Emergencies} | {r.EmergenciesRaised} | {r.EmergencyRecall:P1} | {r.EmergenciesAsked} |"));
                if (group.Item1 != "all") continue;
                failed |= r.EmergencyRecall < 1 || r.FalseEmergenciesPer100 > 1;
                if (showErrors)
                    foreach (var (example, analysis) in r.Errors)
                        Console.WriteLine($"  {example.Level} -> {analysis.Level}{(analysis.ConfirmFirst ? " (ask)" : "")} [{analysis.UrgencyReason} {analysis.Confidence:F2}] {example.Text}");
            }
        }
        var corpusEmergencies = IntentCorpus.Embedded.All.Where(x => x.Label == Intents.Emergency).ToList();
        var missed = corpusEmergencies.Where(x => analyzer.Analyze(x.Text, null).Level != UrgencyLevel.Emergency).ToList();
        Console.WriteLine($"intent corpus: {corpusEmergencies.Count - missed.Count}/{corpusEmergencies.Count} emergency-labelled messages raise an emergency");
        if (showErrors) foreach (var x in missed) Console.WriteLine($"  corpus emergency missed: {x.Text}");
        Console.WriteLine($"targets (emergency recall 100%, false emergencies <= 1 per 100 ordinary): {(failed ? "MISSED" : "met")}");
        return failed ? 1 : 0;
    }
}
