using Quartz;

namespace LeftBehind.Scheduler.Quartz;

/// <summary>A contract job name with its built-in schedule and what to do about fires missed while down.</summary>
internal sealed record JobDefinition(string Name, string DefaultCron, CronTriggerMisfireInstruction Misfire, string Description);
