using LeftBehind.Scheduler.Recipients;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// Turns deliveries into outbox rows (quiet hours applied) and writes them in chunks, waking the dispatcher after
/// each chunk so delivery of a county-wide run starts while the rest is still being written.
/// </summary>
internal sealed class OutboxWriter(
    OutboxStore store, QuietHoursPolicy quietHours, OutboxSignal signal, DeliveryPolicy policy, IRecipientDirectory directory, TimeProvider time, ILogger<OutboxWriter> logger)
{
    private const int ChunkSize = 4000;

    public async Task<int> EnqueueAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var inserted = 0;
        foreach (var all in deliveries.Chunk(ChunkSize))
        {
            var chunk = await WithoutOptedOutAsync(all, cancellationToken).ConfigureAwait(false);
            if (chunk.Count == 0) continue;
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

    /// <summary>
    /// Issue #18: 退订 stops routine notices. A person with no chat whose number opted out is reached by no routine
    /// channel, so a tip or reminder for them is not queued at all (it would only wait, or tell the head teacher the
    /// family is unreachable, for a tip); the school's reach list (/admin/delivery) shows them with reason
    /// <c>sms-opted-out</c>. Emergencies and messages people write to each other are not affected.
    /// </summary>
    private async Task<IReadOnlyList<Delivery>> WithoutOptedOutAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        if (!policy.SmsEnabled) return deliveries;
        var routine = deliveries.Where(d => DeliveryPolicy.IsRoutine(d.Job, d.Urgent)).Select(d => d.Recipient.PersonId).Distinct().ToList();
        if (routine.Count == 0) return deliveries;
        var now = time.GetUtcNow();
        var phones = await policy.LoadAsync(routine, now, cancellationToken).ConfigureAwait(false);
        var optedOut = routine.Where(id => phones.GetValueOrDefault(id) is { OptedOut: true }).ToList();
        if (optedOut.Count == 0) return deliveries;
        var bindings = await directory.GetBindingsAsync(optedOut, cancellationToken).ConfigureAwait(false);
        var stopped = optedOut.Where(id => policy.StoppedByOptOut(id, bindings.GetValueOrDefault(id) ?? [], phones[id], now)).ToHashSet();
        if (stopped.Count == 0) return deliveries;
        logger.LogInformation("Outbox: routine notices not queued for {Count} people who opted out of SMS and have no chat (persons {Ids})", stopped.Count, string.Join(",", stopped.Order()));
        return deliveries.Where(d => !(DeliveryPolicy.IsRoutine(d.Job, d.Urgent) && stopped.Contains(d.Recipient.PersonId))).ToList();
    }
}
