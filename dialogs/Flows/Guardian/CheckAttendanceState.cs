namespace LeftBehind.Dialogs.Guardian;

/// <summary>The step state of <see cref="CheckAttendanceDialog"/>: the message that asked, and the child once chosen.</summary>
internal sealed record CheckAttendanceState(string? Text = null, int? ChildId = null, string? ChildName = null);
