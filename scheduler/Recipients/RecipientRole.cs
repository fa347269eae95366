namespace LeftBehind.Scheduler.Recipients;

public enum RecipientRole
{
    Parent,
    Guardian,
    Teacher,
}
