namespace LeftBehind.Dialogs.Testing;

/// <summary>
/// A spec file's score. <see cref="Scored"/> excludes the cases the library's own .NET suite skips (NotSupported
/// "dotnet") and cases without a reference time whose values depend on the day the spec was written.
/// <see cref="SingleValue"/>/<see cref="SinglePassed"/> count the cases with exactly one expected entity.
/// </summary>
public sealed record RecognizerSpecReport(
    string File,
    int Total,
    int Scored,
    int Passed,
    int SingleValue,
    int SinglePassed,
    IReadOnlyList<RecognizerSpecCase> Cases)
{
    public int Wrong => Cases.Count(c => c.Wrong);

    public double PassRate => Scored == 0 ? 0 : (double)Passed / Scored;
}
