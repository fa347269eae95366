namespace LeftBehind.Scheduler.Outbox;

/// <summary>Turns deliveries into outbox rows (quiet hours applied), writes them and wakes the dispatcher.</summary>
internal sealed class OutboxWriter(OutboxStore store, QuietHoursPolicy quietHours, OutboxSignal signal, TimeProvider time)
{
    public async Task<int> EnqueueAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        if (deliveries.Count == 0) return 0;
        var now = time.GetUtcNow();
        var items = deliveries.Select(d =>
        {
            var (notBefore, window, zone) = quietHours.Hold(d.Recipient, d.Urgent, now);
            return new OutboxItem(d.Recipient.PersonId, d.Job, d.Period, d.Message, d.Urgent, d.ExpectsReply, notBefore, window, zone, d.Recipient.Locale);
        }).ToList();
        var inserted = await store.InsertAsync(items, now, cancellationToken).ConfigureAwait(false);
        if (inserted > 0) signal.Notify();
        return inserted;
    }
}
