namespace LeftBehind.Dialogs.Care;

internal sealed record ReportGuardianGapState
{
    public string Text { get; init; } = "";
    public string? Reason { get; init; }
}
