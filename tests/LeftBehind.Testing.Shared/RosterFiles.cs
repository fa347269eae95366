using System.Text;
using LeftBehind.Archive.Demo;
using LeftBehind.Archive.Roster;
using MiniExcelLibs;

namespace LeftBehind.Tests.Archive;

/// <summary>Real-looking roster files built in the tests: the demo school's rows in every encoding schools use.</summary>
internal static class RosterFiles
{
    static RosterFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Csv(IEnumerable<IReadOnlyList<string>>? rows = null) => RosterCsv.Build(rows ?? DemoData.Roster);

    public static byte[] Utf8(string csv) => new UTF8Encoding(false).GetBytes(csv);

    public static byte[] Utf8Bom(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];

    public static byte[] Gb18030(string csv) => Encoding.GetEncoding("GB18030").GetBytes(csv);

    public static byte[] Xlsx(IEnumerable<IReadOnlyList<string>>? rows = null)
    {
        var sheet = (rows ?? DemoData.Roster).Select(r =>
        {
            var d = new Dictionary<string, object>();
            for (var i = 0; i < RosterCsv.Headers.Length; i++) d[RosterCsv.Headers[i]] = r[i];
            return d;
        }).ToList();
        using var ms = new MemoryStream();
        MiniExcel.SaveAs(ms, sheet, excelType: ExcelType.XLSX);
        return ms.ToArray();
    }

    /// <summary>The demo rows with one cell changed (column by Chinese header).</summary>
    public static string[] With(string[] row, string header, string value)
    {
        var copy = (string[])row.Clone();
        copy[Array.IndexOf(RosterCsv.Headers, header)] = value;
        return copy;
    }
}
