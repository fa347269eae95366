using LeftBehind.Scheduler.Recipients;

namespace LeftBehind.Scheduler.Outbox;

internal sealed class ProactiveOutbox(IRecipientDirectory directory, OutboxWriter writer, OutboxStore store, OutboxSignal signal, TimeProvider time) : IOutbox
{
    /// <summary>The job name ad-hoc sends are filed under; the caller's key is the period part of the unique key.</summary>
    public const string DirectJob = "direct";

    public async Task<EnqueueResult> EnqueueAsync(int recipientPersonId, OutboxMessage message, string key, bool urgent = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Text);
        var recipients = await directory.GetRecipientsAsync([recipientPersonId], cancellationToken).ConfigureAwait(false);
        if (!recipients.TryGetValue(recipientPersonId, out var recipient)) return EnqueueResult.UnknownRecipient;
        var written = await writer.EnqueueAsync([new Delivery(recipient, DirectJob, key, message, urgent)], cancellationToken).ConfigureAwait(false);
        return written == 1 ? EnqueueResult.Enqueued : EnqueueResult.Duplicate;
    }

    public async Task<int> ReleaseHeldAsync(int recipientPersonId, CancellationToken cancellationToken = default)
    {
        var released = await store.ReleaseHeldAsync(recipientPersonId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (released > 0) await signal.NotifyAllAsync(CancellationToken.None).ConfigureAwait(false);
        return released;
    }

    public Task<int> WithdrawAsync(int recipientPersonId, string keyPrefix, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyPrefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return store.WithdrawAsync(recipientPersonId, OutboxKey.Of(DirectJob, recipientPersonId, keyPrefix), reason, cancellationToken);
    }

    public Task<DateTimeOffset?> WaitingUntilAsync(int recipientPersonId, string key, CancellationToken cancellationToken = default) =>
        store.WaitingUntilAsync(OutboxKey.Of(DirectJob, recipientPersonId, key), time.GetUtcNow(), cancellationToken);

    public Task<OutboxPage> ListAsync(string? status, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        if (status is not null && !OutboxStatus.All.Contains(status)) throw new ArgumentException($"unknown status '{status}'", nameof(status));
        return store.ListAsync(status, Math.Max(1, page), Math.Clamp(pageSize, 1, 500), cancellationToken);
    }
}
