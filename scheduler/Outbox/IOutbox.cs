namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// The durable path for every proactive message (a teacher's answer days later, an emergency alert, the
/// scheduler's prompts). Written first, delivered by the dispatcher with retries; the same (recipient, key)
/// is never written twice, so callers may retry freely.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Queues <paramref name="message"/> (already in the recipient's language) for <paramref name="recipientPersonId"/>.
    /// <paramref name="key"/> identifies the send (e.g. <c>answer:q123</c>, <c>emergency:e7</c>); <paramref name="urgent"/>
    /// ignores quiet hours and goes to every channel the person has.
    /// </summary>
    Task<EnqueueResult> EnqueueAsync(int recipientPersonId, OutboxMessage message, string key, bool urgent = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// The person has just bound a chat: what was held in their mailbox becomes due now and the dispatcher is woken;
    /// it goes out oldest first. Returns how many messages were released.
    /// </summary>
    Task<int> ReleaseHeldAsync(int recipientPersonId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes back messages that have not reached the person yet (in their mailbox, or waiting and not being delivered)
    /// whose caller key starts with <paramref name="keyPrefix"/>: they become <see cref="OutboxStatus.Withdrawn"/> with
    /// <paramref name="reason"/> and are never delivered. Returns how many.
    /// </summary>
    Task<int> WithdrawAsync(int recipientPersonId, string keyPrefix, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// When the message queued under <paramref name="key"/> for the person will go out, if it is waiting for later (their
    /// quiet hours, a retry); null when it is due now or no longer waiting. Read from the stored row, so what a sender is
    /// told is what the dispatcher will do.
    /// </summary>
    Task<DateTimeOffset?> WaitingUntilAsync(int recipientPersonId, string key, CancellationToken cancellationToken = default);

    /// <summary>Rows for the admin API, newest first; <paramref name="status"/> null means all.</summary>
    Task<OutboxPage> ListAsync(string? status, int page, int pageSize, CancellationToken cancellationToken = default);
}
