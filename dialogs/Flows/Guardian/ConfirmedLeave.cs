namespace LeftBehind.Dialogs.Guardian;

/// <summary>The guardian's answer to the leave's confirmation, for the child and (when a day was said there) the days it ended on.</summary>
internal sealed record ConfirmedLeave(bool Yes, int ChildId, LeaveDays? Days = null);
