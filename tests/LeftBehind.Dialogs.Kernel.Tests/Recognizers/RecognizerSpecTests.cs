using LeftBehind.Dialogs.Testing;

namespace LeftBehind.Tests.Kernel;

/// <summary>
/// Our recognisers on the public Microsoft Recognizers-Text specs (tests/RecognizerSpecs): issue 13's pass-rate targets,
/// and no case of any spec resolves to a value other than the expected one (unsure input is asked again, not guessed).
/// </summary>
public sealed class RecognizerSpecTests
{
    public static TheoryData<string, RecognizerSpecKind, double> Specs => new()
    {
        { "Number/Chinese/NumberModel.json", RecognizerSpecKind.Number, 0.90 },
        { "DateTime/Chinese/DateTimeModel.json", RecognizerSpecKind.DateTime, 0.60 },
        { "Choice/Chinese/BooleanModel.json", RecognizerSpecKind.Boolean, 0.85 },
        { "Number/English/NumberModel.json", RecognizerSpecKind.Number, 0.80 },
        { "DateTime/English/DateTimeModel.json", RecognizerSpecKind.DateTime, 0.40 },
        { "Choice/English/BooleanModel.json", RecognizerSpecKind.Boolean, 0.80 },
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public void No_spec_case_yields_a_wrong_value_and_the_pass_rate_meets_the_target(string file, RecognizerSpecKind kind, double target)
    {
        var report = RecognizerSpecRunner.Run(Path.Combine(AppContext.BaseDirectory, "RecognizerSpecs", file), kind);
        Assert.True(report.Scored > 10, $"{file}: only {report.Scored} cases scored");
        var wrong = report.Cases.Where(c => c.Wrong).Select(c => $"{c.Input} => {c.Ours} (expected {c.Expected})").ToList();
        Assert.True(wrong.Count == 0, $"{file}: wrong values:\n" + string.Join('\n', wrong));
        Assert.True(report.PassRate >= target, $"{file}: {report.PassRate:P1} < {target:P0}");
    }
}
