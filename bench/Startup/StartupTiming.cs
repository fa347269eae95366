namespace LeftBehind.Bench.Startup;

/// <summary>One start: wall time from process start to the first healthy /healthz, and the process's CPU seconds then.</summary>
internal sealed record StartupTiming(double HealthyMs, double CpuSeconds);
