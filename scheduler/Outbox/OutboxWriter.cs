namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// Turns deliveries into outbox rows (quiet hours applied) and writes them in chunks, waking the dispatcher after
/// each chunk so delivery of a county-wide run starts while the rest is still being written.
/// </summary>
internal sealed class OutboxWriter(OutboxStore store, QuietHoursPolicy quietHours, OutboxSignal signal, TimeProvider time)
{
    private const int ChunkSize = 4000;

    public async Task<int> EnqueueAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var inserted = 0;
        foreach (var chunk in deliveries.Chunk(ChunkSize))
        {
            var now = time.GetUtcNow();
            var items = chunk.Select(d =>
            {
                var (notBefore, window, zone) = quietHours.Hold(d.Recipient, d.Urgent || d.BypassQuietHours, now);
                return new OutboxItem(d.Recipient.PersonId, d.Job, d.Period, d.Message, d.Urgent, d.ExpectsReply, notBefore, window, zone, d.Recipient.Locale);
            }).ToList();
            var written = await store.InsertAsync(items, now, cancellationToken).ConfigureAwait(false);
            if (written > 0) await signal.NotifyAllAsync(CancellationToken.None).ConfigureAwait(false);
            inserted += written;
        }

        return inserted;
    }
}
