namespace LeftBehind.Dialogs.Teacher;

internal sealed record RecordAttendanceState
{
    public IReadOnlyList<int> ClassIds { get; init; } = [];
    public int? ClassId { get; init; }
    public string ClassName { get; init; } = string.Empty;
    public bool DayConfirmed { get; init; }

    /// <summary>The message that opened the flow was the attendance itself ("缺：王小明" or "小明迟到了" at the menu), not an answer to its question.</summary>
    public bool Told { get; init; }
}
