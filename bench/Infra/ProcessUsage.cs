namespace LeftBehind.Bench.Infra;

/// <summary>What a measured process used over a run: CPU (100 = one core busy), RSS peak while sampled and at the end.</summary>
internal sealed record ProcessUsage(int Pid, double CpuSeconds, double CpuPercent, double? PeakRssMiB, double? EndRssMiB, double? HighWaterMiB);
