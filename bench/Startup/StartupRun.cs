namespace LeftBehind.Bench.Startup;

/// <summary>A start on a fresh database and a restart on the same database, with the load average before them.</summary>
internal sealed record StartupRun(StartupTiming Fresh, StartupTiming? Restart, string LoadAverage);
