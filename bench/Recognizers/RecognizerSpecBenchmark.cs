using System.Diagnostics;
using System.Globalization;
using LeftBehind.Dialogs.Testing;

namespace LeftBehind.Bench.Recognizers;

/// <summary>
/// `recognizers [--specs DIR] [--show failed|wrong]`: our number, date-time and yes/no recognisers on the Microsoft
/// Recognizers-Text spec files (tests/RecognizerSpecs, copied next to the binary), with the issue's targets.
/// Exit code 1 when a target is missed or any case yields a wrong value.
/// </summary>
internal static class RecognizerSpecBenchmark
{
    private static readonly (string Name, string File, RecognizerSpecKind Kind, double Target)[] Specs =
    [
        ("zh numbers", "Number/Chinese/NumberModel.json", RecognizerSpecKind.Number, 0.90),
        ("zh date-time", "DateTime/Chinese/DateTimeModel.json", RecognizerSpecKind.DateTime, 0.60),
        ("zh yes/no", "Choice/Chinese/BooleanModel.json", RecognizerSpecKind.Boolean, 0.85),
        ("en numbers", "Number/English/NumberModel.json", RecognizerSpecKind.Number, 0.80),
        ("en date-time", "DateTime/English/DateTimeModel.json", RecognizerSpecKind.DateTime, 0.40),
        ("en yes/no", "Choice/English/BooleanModel.json", RecognizerSpecKind.Boolean, 0.80),
    ];

    public static int Run(string[] args)
    {
        var dir = Option(args, "--specs") ?? Path.Combine(AppContext.BaseDirectory, "RecognizerSpecs");
        var show = Option(args, "--show");
        var ok = true;
        Console.WriteLine("spec            cases scored passed  rate   target  wrong  one-value passed  ms");
        foreach (var (name, file, kind, target) in Specs)
        {
            var clock = Stopwatch.StartNew();
            var report = RecognizerSpecRunner.Run(Path.Combine(dir, file), kind);
            clock.Stop();
            ok &= report.PassRate >= target && report.Wrong == 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-15} {report.Total,5} {report.Scored,6} {report.Passed,6} {report.PassRate,6:P1} {target,6:P0} {report.Wrong,6} {report.SingleValue,9} {report.SinglePassed,6} {clock.ElapsedMilliseconds,6}"));
            foreach (var c in report.Cases.Where(c => show == "failed" ? !c.Passed : show == "wrong" && c.Wrong))
            {
                Console.WriteLine($"    {(c.Wrong ? "WRONG" : "fail ")} {c.Input} => {c.Ours ?? "-"}   expected {c.Expected}");
            }
        }
        return ok ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
