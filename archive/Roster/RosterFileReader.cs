using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace LeftBehind.Archive.Roster;

/// <summary>Reads CSV (UTF-8 with or without BOM, or GB18030) or .xlsx into a <see cref="RosterTable"/>.</summary>
internal static class RosterFileReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static RosterFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The table, or a file-level error message (the file is unusable as a whole).</summary>
    public static (RosterTable? Table, string? Error) Read(byte[] bytes)
    {
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')) return (null, RosterText.Get("EmptyFile"));
        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) return ReadXlsx(bytes);
        var text = Decode(bytes);
        if (text is null) return (null, RosterText.Get("NotText"));
        return ReadCsv(text);
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (BOM or not); otherwise GB18030, what Excel on Chinese Windows saves.</summary>
    internal static string? Decode(byte[] bytes)
    {
        string text;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.GetEncoding("GB18030").GetString(bytes);
            }
        }
        // Binary files (images, PDFs, old .xls) decode to text full of control characters: refuse them.
        var control = text.Count(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t');
        return control > 0 ? null : text;
    }

    private static (RosterTable?, string?) ReadCsv(string text)
    {
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOf('\n') is var i and >= 0 ? i : text.Length));
        var delimiter = firstLine.Contains('\t') && !firstLine.Contains(',') ? "\t" : firstLine.Contains('，') && !firstLine.Contains(',') ? "，" : ",";
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.Trim,
        };
        var rows = new List<(int, string[])>();
        string[]? headers = null;
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        try
        {
            while (csv.Read())
            {
                var cells = csv.Parser.Record ?? [];
                if (headers is null)
                {
                    headers = cells;
                    continue;
                }
                rows.Add((csv.Parser.Row, cells));
            }
        }
        catch (CsvHelperException ex)
        {
            return (null, RosterText.Get("BadCsv", ex.Context?.Parser?.Row ?? 0));
        }
        return headers is null ? (null, RosterText.Get("EmptyFile")) : (new RosterTable(headers, rows), null);
    }

    private static (RosterTable?, string?) ReadXlsx(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var rows = new List<(int, string[])>();
            string[]? headers = null;
            var rowNumber = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                rowNumber++;
                var cells = row.Values.Select(Cell).ToArray();
                if (headers is null)
                {
                    if (cells.All(string.IsNullOrWhiteSpace)) continue;
                    headers = cells;
                    continue;
                }
                rows.Add((rowNumber, cells));
            }
            return headers is null ? (null, RosterText.Get("EmptyFile")) : (new RosterTable(headers, rows), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException or NotSupportedException or ArgumentException)
        {
            return (null, RosterText.Get("BadExcel"));
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n when Math.Abs(n % 1) < 1e-9 => ((long)n).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };
}
