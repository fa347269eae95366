namespace LeftBehind.Dialogs.Guardian;

/// <summary>The school days a leave covers, inclusive.</summary>
internal sealed record LeaveDays(DateOnly From, DateOnly To);
