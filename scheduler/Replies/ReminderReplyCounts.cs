namespace LeftBehind.Scheduler.Replies;

public sealed record ReminderReplyCounts(int Done, int Later, int CannotDo)
{
    public int Total => Done + Later + CannotDo;
}
