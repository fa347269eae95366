namespace LeftBehind.Dialogs.Care;

/// <summary>The message that said the guardian cannot care, and the analyzer's reason.</summary>
internal sealed record ReportGuardianGapOptions(string Text, string? Reason);
