namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// Thrown by a channel that cannot take the message yet but will later (a platform's daily quota is used up): the row
/// waits until <see cref="Until"/> without counting an attempt, instead of failing towards the dead letters.
/// </summary>
public sealed class DeliveryDeferredException(DateTimeOffset until, string reason) : Exception(reason)
{
    public DateTimeOffset Until { get; } = until;

    /// <summary>
    /// The SMS provider refuses the recipient's number for the rest of its day (its per-number daily limit): a message
    /// someone wrote for them waits, and the school is told so that somebody phones them.
    /// </summary>
    public bool RecipientSmsFullToday { get; init; }

    /// <summary>The deferral anywhere in an exception's chain (adapters wrap what a channel throws).</summary>
    public static DeliveryDeferredException? Find(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is DeliveryDeferredException deferred) return deferred;
        }
        return null;
    }
}
