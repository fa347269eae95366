using System.Text;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// The adversarial urgency set embedded in this assembly (Urgency/{tune|heldout|heldout2}.{language}.tsv: level TAB text):
/// ordinary messages full of danger-looking words and numbers, urgent concerns and real emergencies.
/// </summary>
internal static class UrgencySet
{
    private const string ResourcePrefix = "LeftBehind.Understanding.Urgency.";

    public static IReadOnlyList<UrgencyExample> Embedded { get; } = Load();

    private static List<UrgencyExample> Load()
    {
        var assembly = typeof(UrgencySet).Assembly;
        var examples = new List<UrgencyExample>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var parts = name[ResourcePrefix.Length..].Split('.');
            var heldOut = parts[0] != "tune";
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (reader.ReadLine() is { } raw)
            {
                var line = raw.Trim('\r', '\uFEFF');
                if (line.Length == 0 || line[0] == '#') continue;
                var tab = line.IndexOf('\t');
                if (tab <= 0) throw new FormatException($"urgency line without a level: {line}");
                var level = line[..tab] switch
                {
                    "ordinary" => UrgencyLevel.None,
                    "concern" => UrgencyLevel.Concern,
                    "emergency" => UrgencyLevel.Emergency,
                    var other => throw new FormatException($"unknown urgency level '{other}'"),
                };
                examples.Add(new UrgencyExample(level, line[(tab + 1)..].Trim(), parts[1], heldOut) { Part = parts[0] });
            }
        }
        if (examples.Count == 0) throw new InvalidOperationException("the urgency set is not embedded in the assembly");
        return examples;
    }
}
