namespace LeftBehind.Dialogs.Guardian;

/// <summary>How <see cref="CheckAttendanceDialog"/> starts: the child when already known (a follow-up "那小红呢" names it); null: read from the message or asked.</summary>
internal sealed record CheckAttendanceOptions(int? ChildId = null);
