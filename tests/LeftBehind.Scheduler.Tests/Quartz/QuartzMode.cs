namespace LeftBehind.Tests.Scheduler;

internal enum QuartzMode
{
    None,
    Single,
    Clustered,
}
