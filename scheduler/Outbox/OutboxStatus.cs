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

    /// <summary>
    /// Given up: the person can never be reached (erased), the provider refused for good or attempts ran out
    /// (<see cref="OutboxDeadReasons"/>) — never because the person has not bound a chat yet.
    /// </summary>
    public const string Dead = "dead";

    /// <summary>
    /// Taken back before it reached the person, because what replaced it says more: an alert for an emergency that was
    /// resolved before they bound a chat gives way to one "there was an emergency, it is resolved" notice; a routine
    /// reminder to a family while an emergency about their child is open gives way to the emergency.
    /// </summary>
    public const string Withdrawn = "withdrawn";

    public static readonly IReadOnlyList<string> All = [Pending, Sent, Failed, Held, Dead, Withdrawn];
}
