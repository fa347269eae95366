using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// Chat bindings paused because the person left the chat (a WeChat unfollow) are deleted once they have been paused
/// for <c>Archive:SuspendedBindingRetentionDays</c>: kept that long so that following again finds the person without a
/// new code, no longer (PIPL Art. 19, the minimum necessary). Idempotent: it deletes what is past the limit at run time.
/// </summary>
internal sealed class BindingExpiryJob(IBindingService bindings) : IScheduledJob
{
    public string Name => JobNames.BindingExpiry;

    public Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken) => bindings.DeleteExpiredSuspensionsAsync(cancellationToken);
}
