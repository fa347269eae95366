namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// Raised after the dispatcher wrote the outcome of a group of rows (sent, held, deferred, retried later or dead), with
/// the rows' ids. What follows a delivery (the admin views, tests) waits on it instead of polling the table.
/// </summary>
internal sealed class OutboxSettled
{
    public event Action<IReadOnlyList<long>>? Settled;

    public void Raise(IReadOnlyList<long> ids) => Settled?.Invoke(ids);
}
