namespace LeftBehind.Dialogs.Parent;

public enum AttendancePeriodKind
{
    Today,
    ThisWeek,
    ThisMonth,
    Day,
    Range,
}
