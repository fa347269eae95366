using LeftBehind.Archive.Services;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>The reminder being answered (null: the latest open one) and the reply if the message already was one.</summary>
internal sealed record ConfirmReminderOptions(string? ReminderKey, ReminderReply? Reply);
