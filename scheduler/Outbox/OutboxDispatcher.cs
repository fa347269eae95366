using System.Threading.Channels;
using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Recipients;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// Claims due rows with a lease, delivers them and writes each outcome back as soon as it is known (small group
/// commits), so a crash can repeat at most the deliveries whose "sent" mark was not yet committed: the sends in flight
/// plus those answered but not yet marked, together never more than <see cref="OutboxOptions.MaxParallelSends"/>.
/// A repeat is the same activity (same id, same <c>channelData.outboxKey</c>), which our Direct Line queue drops.
/// Normal messages go to the person's most recently used channel; urgent ones to every channel they have. A person
/// with no chat yet has the message held in their mailbox (<see cref="OutboxStatus.Held"/>) until they bind; one
/// person's rows of a batch are delivered one after another in row order, so a mailbox arrives in order.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxStore store,
    IRecipientDirectory directory,
    ProactiveSender sender,
    ChannelRateLimiter limiter,
    QuietHoursPolicy quietHours,
    IOptions<SchedulerOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Why a row waits in the mailbox (shown by the admin API).</summary>
    public const string HeldReason = "waiting for the person to bind a chat";

    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():n}";

    private OutboxOptions Options => options.Value.Outbox;

    /// <summary>Delivers batches until nothing is due; returns how many rows were handled.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var handled = await DispatchBatchAsync(cancellationToken).ConfigureAwait(false);
            if (handled == 0) return total;
            total += handled;
        }
    }

    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await store.ClaimAsync(Owner, now, now + Options.Lease, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0) return 0;

        var bindings = await directory.GetBindingsAsync(rows.Select(r => r.RecipientId).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        var unbound = rows.Select(r => r.RecipientId).Where(id => !bindings.TryGetValue(id, out var b) || b.Count == 0).Distinct().ToList();
        IReadOnlyDictionary<int, Recipient> reachable = unbound.Count == 0 ? new Dictionary<int, Recipient>()
            : await directory.GetRecipientsAsync(unbound, cancellationToken).ConfigureAwait(false);
        var outcomes = Channel.CreateUnbounded<DeliveryOutcome>(new UnboundedChannelOptions { SingleReader = true });
        // At most this many deliveries may be in flight or done but not yet marked sent: that is all a crash can repeat.
        using var unmarked = new SemaphoreSlim(Options.MaxParallelSends);
        var writer = WriteOutcomesAsync(outcomes.Reader, unmarked);
        try
        {
            var perPerson = rows.GroupBy(r => r.RecipientId).Select(g => g.OrderBy(r => r.Id).ToList());
            await Parallel.ForEachAsync(perPerson, new ParallelOptions { MaxDegreeOfParallelism = Options.MaxParallelSends, CancellationToken = cancellationToken }, async (mine, ct) =>
            {
                foreach (var row in mine)
                {
                    await unmarked.WaitAsync(ct).ConfigureAwait(false);
                    var outcome = await DeliverAsync(row, bindings.GetValueOrDefault(row.RecipientId) ?? [], reachable.ContainsKey(row.RecipientId), ct).ConfigureAwait(false);
                    outcomes.Writer.TryWrite(outcome);
                }
            }).ConfigureAwait(false);
        }
        finally
        {
            outcomes.Writer.TryComplete();
            await writer.ConfigureAwait(false);
        }

        return rows.Count;
    }

    private async Task WriteOutcomesAsync(ChannelReader<DeliveryOutcome> reader, SemaphoreSlim unmarked)
    {
        var group = new List<DeliveryOutcome>();
        while (await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            group.Clear();
            while (group.Count < 1000 && reader.TryRead(out var outcome)) group.Add(outcome);
            // Outcomes are written even when shutdown was requested: they record deliveries that already happened.
            await store.CompleteAsync(Owner, group, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            unmarked.Release(group.Count);
        }
    }

    private async Task<DeliveryOutcome> DeliverAsync(OutboxRow row, IReadOnlyList<RecipientBinding> bindings, bool knownUnbound, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!row.Urgent)
        {
            var allowed = quietHours.NextAllowed(row.QuietHours, row.QuietZone, now);
            if (allowed > now) return new DeliveryOutcome(row.Id, row.Status, row.DeliveredBindings, row.Attempts, allowed, null);
        }

        if (bindings.Count == 0)
        {
            if (knownUnbound)
            {
                // Not yet bound is not unreachable: the message waits in the mailbox and goes out when they bind.
                logger.LogInformation("Outbox {Id} for person {Person} held: no chat binding yet", row.Id, row.RecipientId);
                return new DeliveryOutcome(row.Id, OutboxStatus.Held, row.DeliveredBindings, row.Attempts, now, HeldReason);
            }
            logger.LogWarning("Outbox {Id} for person {Person} dead: the person was erased", row.Id, row.RecipientId);
            return new DeliveryOutcome(row.Id, OutboxStatus.Dead, row.DeliveredBindings, row.Attempts + 1, now, "recipient erased");
        }

        var targets = row.Urgent ? bindings : bindings.OrderByDescending(b => b.LastSeen).Take(1).ToList();
        var delivered = new HashSet<int>(row.DeliveredBindings);
        OutboxMessage message;
        try
        {
            message = OutboxPayload.Deserialize(row.Payload);
        }
        catch (System.Text.Json.JsonException)
        {
            return new DeliveryOutcome(row.Id, OutboxStatus.Dead, delivered, row.Attempts + 1, now, "unreadable payload");
        }

        foreach (var target in targets.Where(t => !delivered.Contains(t.BindingId)))
        {
            try
            {
                await limiter.WaitAsync(target.ChannelId, cancellationToken).ConfigureAwait(false);
                await sender.SendAsync(target.Reference, message, row.Key, row.Locale ?? target.Reference.Locale ?? "zh-CN", cancellationToken).ConfigureAwait(false);
                delivered.Add(target.BindingId);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return Failed(row, delivered, ex.GetType().Name + ": " + Truncate(ex.Message), now);
            }
        }

        return new DeliveryOutcome(row.Id, OutboxStatus.Sent, delivered, row.Attempts + 1, now, null);
    }

    private DeliveryOutcome Failed(OutboxRow row, HashSet<int> delivered, string error, DateTimeOffset now)
    {
        var attempts = row.Attempts + 1;
        if (attempts >= Options.MaxAttempts)
        {
            logger.LogError("Outbox {Id} for person {Person} is dead after {Attempts} attempts", row.Id, row.RecipientId, attempts);
            return new DeliveryOutcome(row.Id, OutboxStatus.Dead, delivered, attempts, now, error);
        }

        logger.LogWarning("Outbox {Id} for person {Person} failed attempt {Attempts}; retrying", row.Id, row.RecipientId, attempts);
        return new DeliveryOutcome(row.Id, OutboxStatus.Failed, delivered, attempts, now + Backoff(attempts), error);
    }

    /// <summary>Exponential backoff with ±20% jitter so that retries after an outage do not arrive in one wave.</summary>
    internal TimeSpan Backoff(int attempts)
    {
        var exponential = Options.BaseRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        var capped = Math.Min(exponential, Options.MaxRetryDelay.TotalMilliseconds);
        var jitter = 0.8 + Random.Shared.NextDouble() * 0.4;
        return TimeSpan.FromMilliseconds(capped * jitter);
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300];
}
