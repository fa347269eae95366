namespace LeftBehind.Scheduler.Outbox;

/// <summary>Row states as stored (lower case in the table and the admin API).</summary>
public static class OutboxStatus
{
    /// <summary>Waiting for its first delivery (possibly held until quiet hours end).</summary>
    public const string Pending = "pending";

    /// <summary>Delivered to the adapter for every binding it was meant for.</summary>
    public const string Sent = "sent";

    /// <summary>The last attempt failed; retried after a backoff.</summary>
    public const string Failed = "failed";

    /// <summary>
    /// In the person's mailbox: they have no chat binding yet. Delivered, in order and once, as soon as they bind;
    /// never dropped for that reason alone.
    /// </summary>
    public const string Held = "held";

    /// <summary>Given up: attempts exhausted, or the person can never be reached (erased).</summary>
    public const string Dead = "dead";

    public static readonly IReadOnlyList<string> All = [Pending, Sent, Failed, Held, Dead];
}
