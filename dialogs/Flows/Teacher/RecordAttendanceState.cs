namespace LeftBehind.Dialogs.Teacher;

internal sealed record RecordAttendanceState
{
    public IReadOnlyList<int> ClassIds { get; init; } = [];
    public int? ClassId { get; init; }
    public string ClassName { get; init; } = string.Empty;
    public bool DayConfirmed { get; init; }
}
