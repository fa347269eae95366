using Quartz;

namespace LeftBehind.Tests.Scheduler;

/// <summary>
/// A Quartz job listener that wakes the test each time a job run finished on this node, so a test waits for what Quartz
/// did (re-reading the run log on each wake-up) instead of polling it.
/// </summary>
internal sealed class JobsExecuted : IJobListener
{
    private TaskCompletionSource _next = NewSignal();

    public string Name => "test-jobs-executed";

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        Interlocked.Exchange(ref _next, NewSignal()).TrySetResult();
        return ValueTask.CompletedTask;
    }

    /// <summary>The next completed run from now.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Returns once <paramref name="condition"/> holds, checking it again after each run on any of <paramref name="nodes"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, CancellationToken cancellationToken, params JobsExecuted[] nodes)
    {
        while (true)
        {
            // Taken before the check, so a run finishing during the check still wakes us.
            var next = Task.WhenAny(nodes.Select(n => n.Next));
            if (await condition()) return;
            await next.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
