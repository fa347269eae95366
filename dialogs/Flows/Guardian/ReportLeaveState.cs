namespace LeftBehind.Dialogs.Guardian;

internal sealed record ReportLeaveState
{
    public int? ChildId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public bool IncludeNonSchoolDays { get; init; }
}
