using System.Security.Cryptography;
using System.Text;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// The labelled corpus embedded in this assembly (Corpus/*.tsv: label TAB text), split deterministically into a
/// training set and a held-out test set (one line in five, chosen by a hash of the text) that training never sees.
/// </summary>
internal sealed class IntentCorpus
{
    private const string ResourcePrefix = "LeftBehind.Understanding.Corpus.";
    private const int HoldOutOneIn = 5;

    private IntentCorpus(IReadOnlyList<IntentExample> all)
    {
        All = all;
        Train = all.Where(e => !IsHeldOut(e.Text)).ToList();
        Test = all.Where(e => IsHeldOut(e.Text)).ToList();
        Hash = ComputeHash(Train);
    }

    public static IntentCorpus Embedded { get; } = LoadEmbedded();

    public IReadOnlyList<IntentExample> All { get; }

    public IReadOnlyList<IntentExample> Train { get; }

    public IReadOnlyList<IntentExample> Test { get; }

    /// <summary>SHA-256 of the training lines; the cached model file is named after it.</summary>
    public string Hash { get; }

    public static IntentCorpus FromLines(IEnumerable<(string Language, string Line)> lines)
    {
        var examples = new List<IntentExample>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (language, raw) in lines)
        {
            var line = raw.Trim('\r', '\n', '\uFEFF');
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new FormatException($"corpus line without a label: {line}");
            var label = line[..tab].Trim();
            var text = line[(tab + 1)..].Trim();
            if (!Intents.IsKnown(label)) throw new FormatException($"unknown intent '{label}' in the corpus");
            if (text.Length == 0 || !seen.Add(text)) continue;
            examples.Add(new IntentExample { Label = label, Text = text, Language = language });
        }
        return new IntentCorpus(examples);
    }

    private static IntentCorpus LoadEmbedded()
    {
        var assembly = typeof(IntentCorpus).Assembly;
        var lines = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var language = name[ResourcePrefix.Length..].Replace(".tsv", "", StringComparison.Ordinal);
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (reader.ReadLine() is { } line) lines.Add((language, line));
        }
        if (lines.Count == 0) throw new InvalidOperationException("the intent corpus is not embedded in the assembly");
        return FromLines(lines);
    }

    /// <summary>FNV-1a over the UTF-16 text: stable across runs and platforms, unlike string.GetHashCode.</summary>
    private static bool IsHeldOut(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash % HoldOutOneIn == 0;
    }

    private static string ComputeHash(IReadOnlyList<IntentExample> train)
    {
        var sb = new StringBuilder();
        foreach (var e in train) sb.Append(e.Label).Append('\t').Append(e.Text).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16].ToLowerInvariant();
    }
}
