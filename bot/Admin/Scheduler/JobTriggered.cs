namespace LeftBehind.Bot.Admin.Scheduler;

internal sealed record JobTriggered(string Name, bool Triggered = true);
