namespace LeftBehind.Scheduler.Replies;

/// <summary>The three answers a reminder offers; the numbers are what a guardian types (回复1/2/3).</summary>
public enum ReminderReply
{
    Done = 1,
    Later = 2,
    CannotDo = 3,
}
