using System.Globalization;
using System.Text.Json;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Testing;

/// <summary>
/// Scores our recognisers on a Microsoft Recognizers-Text spec file (tests/RecognizerSpecs). A case passes when its one
/// expected value is what our recogniser resolves from the whole input, or when it expects no value or several and ours
/// resolves none (it asks again). A resolved value that is not the expected one is wrong. Date-time cases resolve
/// against the case's reference time in UTC; either reading of an ambiguous expected day (past/future) matches.
/// </summary>
public static class RecognizerSpecRunner
{
    public static RecognizerSpecReport Run(string path, RecognizerSpecKind kind)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path).AsMemory(HasBom(path) ? 3 : 0));
        var cases = new List<RecognizerSpecCase>();
        int total = 0, single = 0, singlePassed = 0;
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            total++;
            if (SkippedByDotNet(c)) continue;
            var input = c.GetProperty("Input").GetString() ?? string.Empty;
            var results = c.TryGetProperty("Results", out var r) ? r.EnumerateArray().ToList() : [];
            DateTime? reference = c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rd)
                ? DateTime.Parse(rd.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.None)
                : null;
            if (kind == RecognizerSpecKind.DateTime && reference is null) continue;
            var (ours, shown) = Recognize(kind, input, reference);
            bool passed, wrong;
            // Several mentions of one number ("二百五, 二百五, 还有二百五") expect that one value.
            if (kind == RecognizerSpecKind.Number && results.Count > 1 && results.Select(x => Value(x)).Distinct().Count() == 1) results = [results[0]];
            if (results.Count == 1)
            {
                single++;
                passed = ours is not null && Matches(kind, ours, results[0]);
                wrong = ours is not null && !passed;
                if (passed) singlePassed++;
            }
            else
            {
                passed = ours is null;
                wrong = !passed;
            }
            cases.Add(new RecognizerSpecCase(input, JsonSerializer.Serialize(results.Select(x => x.GetProperty("Resolution"))), shown, passed, wrong));
        }
        return new RecognizerSpecReport(path, total, cases.Count, cases.Count(x => x.Passed), single, singlePassed, cases);
    }

    private static string? Value(JsonElement result) =>
        result.GetProperty("Resolution").TryGetProperty("value", out var v) ? v.ToString() : null;

    private static bool HasBom(string path)
    {
        using var f = File.OpenRead(path);
        Span<byte> b = stackalloc byte[3];
        return f.Read(b) == 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
    }

    private static bool SkippedByDotNet(JsonElement c) =>
        (c.TryGetProperty("NotSupported", out var n) && n.GetString()?.Contains("dotnet", StringComparison.OrdinalIgnoreCase) == true)
        || (c.TryGetProperty("NotSupportedByDesign", out var d) && d.GetString()?.Contains("dotnet", StringComparison.OrdinalIgnoreCase) == true);

    private static (object? Value, string? Shown) Recognize(RecognizerSpecKind kind, string input, DateTime? reference)
    {
        switch (kind)
        {
            case RecognizerSpecKind.Number:
                return NumberRecognizer.TryRecognize(input, out var n) ? (n, n.ToString(CultureInfo.InvariantCulture)) : (null, null);
            case RecognizerSpecKind.Boolean:
                return ConfirmRecognizer.Recognize(input) is { } b ? (b, b ? "true" : "false") : (null, null);
            default:
                var now = new DateTimeOffset(DateTime.SpecifyKind(reference!.Value, DateTimeKind.Unspecified), TimeSpan.Zero);
                var r = DateTimeRecognizer.RecognizeAny(input, now, TimeZoneInfo.Utc);
                return r is null ? (null, null) : (r, Show(r));
        }
    }

    private static bool Matches(RecognizerSpecKind kind, object ours, JsonElement expected)
    {
        var resolution = expected.GetProperty("Resolution");
        switch (kind)
        {
            case RecognizerSpecKind.Number:
                return resolution.TryGetProperty("value", out var v) && NumberRecognizer.TryDecimal(v.GetString(), out var d) && d == (decimal)ours;
            case RecognizerSpecKind.Boolean:
                return resolution.TryGetProperty("value", out var b) && b.ValueKind is JsonValueKind.True or JsonValueKind.False && b.GetBoolean() == (bool)ours;
            default:
                if (!resolution.TryGetProperty("values", out var values)) return false;
                return values.EnumerateArray().Any(x => DateTimeMatches((DateTimeResolution)ours, x));
        }
    }

    private static bool DateTimeMatches(DateTimeResolution r, JsonElement e)
    {
        string? Get(string name) => e.TryGetProperty(name, out var p) ? p.GetString() : null;
        var type = Get("type");
        if (Get("isLunar") == "True")
        {
            var value = Get("value");
            if (r.Lunar is null || value is null || value.Length < 10 || r.Lunar != value[..10]) return false;
            return value.Length == 10 ? !r.HasTime : r.HasTime && r.Value.ToString("HH:mm:ss", CultureInfo.InvariantCulture) == value[11..];
        }
        return type switch
        {
            "date" => r.Kind == DateTimeResolutionKind.Date && Day(r.Value) == Get("value"),
            "datetime" => r.Kind == DateTimeResolutionKind.DateTime && Stamp(r.Value) == Get("value"),
            "time" => r.Kind == DateTimeResolutionKind.Time && Clock(r.Value) == Get("value"),
            "daterange" => r.Kind == DateTimeResolutionKind.DateRange && Day(r.Start) == Get("start") && Day(r.End) == Get("end"),
            "datetimerange" => r.Kind == DateTimeResolutionKind.DateTimeRange && Stamp(r.Start) == Get("start") && Stamp(r.End) == Get("end"),
            "timerange" => r.Kind == DateTimeResolutionKind.TimeRange && Clock(r.Start) == Get("start") && Clock(r.End) == Get("end"),
            "duration" => r.Kind == DateTimeResolutionKind.Duration && r.Duration is { } span
                && NumberRecognizer.TryDecimal(Get("value"), out var seconds) && (decimal)span.TotalSeconds == seconds,
            "set" => r.Kind == DateTimeResolutionKind.Set && r.Timex == Get("timex"),
            _ => false,
        };
    }

    private static string Show(DateTimeResolution r) => r.Kind switch
    {
        DateTimeResolutionKind.Duration => $"duration {r.Duration?.TotalSeconds}",
        DateTimeResolutionKind.Set => $"set {r.Timex}",
        _ => $"{r.Kind} {Stamp(r.Value)}" + (r.End is { } end ? $" .. {Stamp(end)}" : string.Empty) + (r.Lunar is { } l ? $" lunar {l}" : string.Empty),
    };

    private static string? Day(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Stamp(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string? Clock(DateTimeOffset? at) => at?.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
