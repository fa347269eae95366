namespace LeftBehind.Archive.Services;

/// <summary>
/// The one answer to a reminder, for the guardian flows and the scheduler alike: done, later, or can't. The numbers
/// are what a guardian types (回复1/2/3); the words are the guardian texts' ReplyDone/ReplyLater/ReplyCannot.
/// </summary>
public enum ReminderReply
{
    Done = 1,
    Later = 2,
    CannotDo = 3,
}
