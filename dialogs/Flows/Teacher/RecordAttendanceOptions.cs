namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// The class already chosen (asking again after a list with unknown names); null: ask. <paramref name="DayConfirmed"/>:
/// the teacher already said yes to taking attendance on a day without school.
/// </summary>
internal sealed record RecordAttendanceOptions(int? ClassId, bool DayConfirmed = false);
