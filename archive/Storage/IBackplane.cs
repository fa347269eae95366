namespace LeftBehind.Archive.Storage;

/// <summary>
/// Small "something changed" messages to every instance of the service: a Direct Line conversation has news, a typing
/// indicator, a cache entry to drop, outbox rows to deliver. Best effort by design: a receiver that may have missed
/// messages (its listener reconnected) hears <see cref="OnReconnected"/> and re-reads what matters from the database.
/// One instance (SQLite) delivers in process; several (PostgreSQL) through LISTEN/NOTIFY. The host composes it.
/// </summary>
public interface IBackplane
{
    /// <summary>True when messages reach other processes (PostgreSQL); false for the in-process one.</summary>
    bool SpansProcesses { get; }

    /// <summary>
    /// Runs this process's handlers of <paramref name="topic"/> at once, then tells the other instances. Call it after the
    /// change committed. Never throws for a backplane failure: the receivers' periodic re-reads cover a lost message.
    /// </summary>
    Task PublishAsync(string topic, string payload, CancellationToken cancellationToken = default);

    /// <summary>Handlers run on the listener's thread: keep them short and non-blocking.</summary>
    IDisposable Subscribe(string topic, Action<string> handler);

    /// <summary>Called after the listener connected again: messages sent meanwhile may be lost.</summary>
    IDisposable OnReconnected(Action handler);
}
