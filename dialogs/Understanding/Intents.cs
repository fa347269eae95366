namespace LeftBehind.Dialogs.Understanding;

/// <summary>The intent vocabulary; part of the contract with the dialogs and the corpus labels.</summary>
public static class Intents
{
    public const string Attendance = "attendance";
    public const string Notes = "notes";
    public const string AskTeacher = "ask_teacher";
    public const string Letter = "letter";
    public const string CallHome = "call_home";
    public const string LeaveRequest = "leave_request";
    public const string Emergency = "emergency";
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string Bind = "bind";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
        [Attendance, Notes, AskTeacher, Letter, CallHome, LeaveRequest, Emergency, Help, Cancel, Bind, Other];

    public static bool IsKnown(string intent) => All.Contains(intent, StringComparer.Ordinal);
}
