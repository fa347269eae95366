namespace LeftBehind.Archive.Model;

public enum AttendanceStatus
{
    Present,
    Absent,
    Late,
    Leave,
    Sick,
}
