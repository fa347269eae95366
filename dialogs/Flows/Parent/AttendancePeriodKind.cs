namespace LeftBehind.Dialogs.Parent;

internal enum AttendancePeriodKind
{
    Today,
    ThisWeek,
    ThisMonth,
    Day,
    Range,
}
