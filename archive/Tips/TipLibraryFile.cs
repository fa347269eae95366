using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Tips;

/// <summary>
/// The reviewed tip library in the repository (archive/Tips/tips.tsv, embedded): a header line, then one tip a line,
/// tab-separated: code, audience (guardian | parent), topic, ages, months, zh-CN, zh-TW, en.
/// </summary>
public static class TipLibraryFile
{
    public static IReadOnlyList<TipInput> Load()
    {
        using var stream = typeof(TipLibraryFile).Assembly.GetManifestResourceStream("LeftBehind.Archive.Tips.tips.tsv")
            ?? throw new InvalidOperationException("the tip library is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<TipInput> Parse(string text)
    {
        var tips = new List<TipInput>();
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0) continue;
            var c = line.Split('\t');
            if (c.Length != 8) throw new FormatException($"tips.tsv line {i + 1}: {c.Length} fields, 8 expected");
            var audience = c[1] switch
            {
                "guardian" => TipAudience.Guardian,
                "parent" => TipAudience.Parent,
                _ => throw new FormatException($"tips.tsv line {i + 1}: audience '{c[1]}'"),
            };
            tips.Add(new TipInput(c[0], audience, c[2], c[3], c[4], c[5], c[6], c[7]));
        }
        return tips;
    }
}
