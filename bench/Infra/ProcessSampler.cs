using System.Diagnostics;

namespace LeftBehind.Bench.Infra;

/// <summary>Samples a process's RSS every <c>period</c> and its CPU time at start and stop.</summary>
internal sealed class ProcessSampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly double _cpuStart;
    private readonly long _started = Stopwatch.GetTimestamp();
    private double _peak;

    public ProcessSampler(int pid, TimeSpan period)
    {
        _pid = pid;
        _cpuStart = ProcFs.CpuSeconds(pid) ?? 0;
        _peak = ProcFs.StatusMiB(pid, "VmRSS") ?? 0;
        _loop = LoopAsync(period);
    }

    private async Task LoopAsync(TimeSpan period)
    {
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                if (ProcFs.StatusMiB(_pid, "VmRSS") is { } rss && rss > _peak) _peak = rss;
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async Task<ProcessUsage> StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var cpu = (ProcFs.CpuSeconds(_pid) ?? _cpuStart) - _cpuStart;
        var end = ProcFs.StatusMiB(_pid, "VmRSS");
        if (end is { } e && e > _peak) _peak = e;
        return new ProcessUsage(_pid, Stats.Round(cpu), Stats.Round(100 * cpu / Math.Max(elapsed, 1e-9), 1), Stats.Round(_peak, 1), Stats.Round(end, 1), Stats.Round(ProcFs.StatusMiB(_pid, "VmHWM"), 1));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await StopAsync().ConfigureAwait(false);
        _stop.Dispose();
    }
}
