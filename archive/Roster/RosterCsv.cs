using System.Text;

namespace LeftBehind.Archive.Roster;

/// <summary>Writes roster rows as CSV with the Chinese headers (demo seeding, tests, benchmark).</summary>
internal static class RosterCsv
{
    public static readonly string[] Headers = [.. Enum.GetValues<RosterColumn>().Select(c => RosterHeaders.Chinese[c])];

    public static string Build(IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<string>? headers = null)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', (headers ?? Headers).Select(Quote)).Append("\r\n");
        foreach (var row in rows) sb.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        return sb.ToString();
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
