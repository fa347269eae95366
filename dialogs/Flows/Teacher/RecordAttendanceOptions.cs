namespace LeftBehind.Dialogs.Teacher;

/// <summary>The class already chosen (asking again after a list with unknown names); null: ask.</summary>
internal sealed record RecordAttendanceOptions(int? ClassId);
