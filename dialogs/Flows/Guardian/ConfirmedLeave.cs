namespace LeftBehind.Dialogs.Guardian;

/// <summary>The guardian's answer to the leave's confirmation, for the child it ended on.</summary>
internal sealed record ConfirmedLeave(bool Yes, int ChildId);
