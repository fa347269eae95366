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
    DeliveryPolicy policy,
    UnreachableNotifier unreachable,
    IPersonRights rights,
    OutboxSettled settled,
    IOptions<SchedulerOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Why a row waits in the mailbox (shown by the admin API).</summary>
    public const string HeldReason = "waiting for the person to bind a chat";

    /// <summary>
    /// Why a routine message for a parent or guardian without consent waits (shown by the admin API, counted as held):
    /// it goes out, in order and once, when they answer 同意.
    /// </summary>
    public const string ConsentReason = OutboxJobs.HeldPrefix + "waiting for the person's consent (同意)";

    /// <summary>
    /// Why a routine notice to a parent or guardian was withdrawn: an emergency about their child was open when it was
    /// due. That period's reminder is skipped, not sent after the emergency ("记得本周给孩子打电话" after the child was
    /// found is noise); emergency messages themselves are urgent and always go.
    /// </summary>
    public const string EmergencyWithdrawnReason = "an emergency about their child was open";

    /// <summary>
    /// Why a teacher's routine notice waits: an emergency they are on is open. Their reminders are work for the whole
    /// class, still due afterwards, so they wait (checked again every <see cref="EmergencyRecheck"/>) instead of being dropped.
    /// </summary>
    public const string EmergencyHeldReason = OutboxJobs.HeldPrefix + "an emergency they are on is open";

    public static readonly TimeSpan EmergencyRecheck = TimeSpan.FromMinutes(30);

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
        var claimed = await store.ClaimAsync(Owner, now, now + Options.Lease, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        if (claimed.Count == 0) return 0;

        // Issue #14: nothing about a child goes to a parent or guardian who refused, withdrew or has not yet answered the
        // consent question; it waits in their mailbox. Emergencies (urgent rows, the emergency calls) still go: processing
        // needed to protect a person's life and health needs no consent (PIPL Art. 13(4)).
        var awaiting = await rights.GetAwaitingConsentAsync(claimed.Where(NeedsConsent).Select(r => r.RecipientId).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        var consentHeld = claimed.Where(r => NeedsConsent(r) && awaiting.Contains(r.RecipientId)).ToList();
        if (consentHeld.Count > 0) await HoldForConsentAsync(consentHeld, now, cancellationToken).ConfigureAwait(false);
        var rows = consentHeld.Count == 0 ? claimed : claimed.Where(r => !consentHeld.Any(h => h.Id == r.Id)).ToList();
        var paused = await PauseForEmergenciesAsync(rows, now, cancellationToken).ConfigureAwait(false);
        if (paused.Count > 0) rows = rows.Where(r => !paused.Contains(r.Id)).ToList();
        if (rows.Count == 0) return claimed.Count;

        var bindings = await directory.GetBindingsAsync(rows.Select(r => r.RecipientId).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        var phones = await policy.LoadAsync(rows.Select(r => r.RecipientId).Distinct().ToList(), now, cancellationToken).ConfigureAwait(false);
        var merged = SmsMerge.Groups(rows, bindings, phones, policy, quietHours, now, Options.MaxParallelSends);
        var unbound = rows.Select(r => r.RecipientId).Where(id => !bindings.TryGetValue(id, out var b) || b.Count == 0).Distinct().ToList();
        IReadOnlyDictionary<int, Recipient> reachable = unbound.Count == 0 ? new Dictionary<int, Recipient>()
            : await directory.GetRecipientsAsync(unbound, cancellationToken).ConfigureAwait(false);
        var outcomes = Channel.CreateUnbounded<DeliveryOutcome>(new UnboundedChannelOptions { SingleReader = true });
        // At most this many deliveries may be in flight or done but not yet marked sent: that is all a crash can repeat.
        using var unmarked = new SemaphoreSlim(Options.MaxParallelSends);
        using var groupTurn = new SemaphoreSlim(1);
        var writer = WriteOutcomesAsync(outcomes.Reader, unmarked);
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewer = RenewLeasesAsync(renewing.Token);
        try
        {
            // One person's messages in the order they were written (a mailbox released on binding stays in order); a
            // merged SMS goes in the place of its first row.
            var groupOf = merged.SelectMany(g => g.Rows.Select(r => (r.Id, Group: g))).ToDictionary(x => x.Id, x => x.Group);
            var perPerson = rows.GroupBy(r => r.RecipientId).Select(g => g.OrderBy(r => r.Id).ToList());
            await Parallel.ForEachAsync(perPerson, new ParallelOptions { MaxDegreeOfParallelism = Options.MaxParallelSends, CancellationToken = cancellationToken }, async (mine, ct) =>
            {
                foreach (var row in mine)
                {
                    if (groupOf.TryGetValue(row.Id, out var group))
                    {
                        if (group.Rows[0].Id != row.Id) continue;
                        // One slot per row: the writer releases one per outcome written. One group takes its slots at
                        // a time, so two groups never each hold part of what the other waits for.
                        await groupTurn.WaitAsync(ct).ConfigureAwait(false);
                        try
                        {
                            foreach (var _ in group.Rows) await unmarked.WaitAsync(ct).ConfigureAwait(false);
                        }
                        finally
                        {
                            groupTurn.Release();
                        }
                        foreach (var merge in await DeliverMergedAsync(group, ct).ConfigureAwait(false)) outcomes.Writer.TryWrite(merge);
                        continue;
                    }
                    await unmarked.WaitAsync(ct).ConfigureAwait(false);
                    var outcome = await DeliverAsync(row, bindings.GetValueOrDefault(row.RecipientId) ?? [], phones.GetValueOrDefault(row.RecipientId), reachable.ContainsKey(row.RecipientId), ct).ConfigureAwait(false);
                    outcomes.Writer.TryWrite(outcome);
                }
            }).ConfigureAwait(false);
        }
        finally
        {
            outcomes.Writer.TryComplete();
            await writer.ConfigureAwait(false);
            await renewing.CancelAsync().ConfigureAwait(false);
            await renewer.ConfigureAwait(false);
        }

        await ReleaseBoundMeanwhileAsync(unbound, cancellationToken).ConfigureAwait(false);
        return claimed.Count;
    }

    /// <summary>Routine rows need the recipient's consent; emergencies (urgent, and the emergency ladder's calls) do not.</summary>
    private static bool NeedsConsent(OutboxRow row) => !row.Urgent && row.Job != OutboxJobs.VoiceCall && row.Job != OutboxJobs.Unreachable && row.Job != OutboxJobs.SmsFull && row.Job != OutboxJobs.NotDelivered;

    /// <summary>
    /// Rows for people without consent go to their mailbox (held, never marked sent) and the school hears the truth:
    /// the head teacher is told, at most once a week per person, that messages for them are kept until they agree.
    /// </summary>
    private async Task HoldForConsentAsync(IReadOnlyList<OutboxRow> held, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await store.CompleteAsync(Owner, held.Select(r => new DeliveryOutcome(r.Id, OutboxStatus.Held, r.DeliveredBindings, r.Attempts, now, ConsentReason)).ToList(), now, CancellationToken.None).ConfigureAwait(false);
        settled.Raise(held.Select(r => r.Id).ToList());
        foreach (var first in held.GroupBy(r => r.RecipientId).Select(g => g.First()))
        {
            logger.LogInformation("Outbox rows for person {Person} held: no consent in force", first.RecipientId);
            await unreachable.ReportAwaitingConsentAsync(first, now, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// While an emergency is open, the routine notices of a scheduled job (reminders, prompts, tips, weekly lines) do not
    /// reach the people on it: the child's family has them withdrawn for that period, its teachers have them wait until
    /// it is resolved. Urgent rows (the emergency's own messages) and people's messages to each other are not touched.
    /// </summary>
    private async Task<IReadOnlySet<long>> PauseForEmergenciesAsync(IReadOnlyList<OutboxRow> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var routine = rows.Where(r => DeliveryPolicy.IsRoutine(r.Job, r.Urgent)).ToList();
        if (routine.Count == 0) return new HashSet<long>();
        var members = await policy.OnOpenEmergencyAsync(routine.Select(r => r.RecipientId).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        if (members.Count == 0) return new HashSet<long>();
        var on = members.ToDictionary(m => m.PersonId);
        var outcomes = new List<DeliveryOutcome>();
        foreach (var row in routine)
        {
            if (!on.TryGetValue(row.RecipientId, out var member)) continue;
            if (member.Family)
            {
                logger.LogInformation("Outbox {Id} ({Job}) for person {Person} withdrawn: emergency {Emergency} is open", row.Id, row.Job, row.RecipientId, member.EmergencyId);
                outcomes.Add(new DeliveryOutcome(row.Id, OutboxStatus.Withdrawn, row.DeliveredBindings, row.Attempts, now, EmergencyWithdrawnReason));
            }
            else
            {
                logger.LogInformation("Outbox {Id} ({Job}) for person {Person} waits: emergency {Emergency} is open", row.Id, row.Job, row.RecipientId, member.EmergencyId);
                outcomes.Add(new DeliveryOutcome(row.Id, row.Status, row.DeliveredBindings, row.Attempts, now + EmergencyRecheck, EmergencyHeldReason));
            }
        }
        if (outcomes.Count == 0) return new HashSet<long>();
        await store.CompleteAsync(Owner, outcomes, now, CancellationToken.None).ConfigureAwait(false);
        settled.Raise(outcomes.Select(o => o.Id).ToList());
        return outcomes.Select(o => o.Id).ToHashSet();
    }

    /// <summary>
    /// A person who binds while their rows are in this batch: the binding's release found those rows claimed, not held,
    /// and this batch has just held them as "not yet bound". Released here, they go out in the next batch instead of
    /// waiting in the mailbox for a binding that already happened.
    /// </summary>
    private async Task ReleaseBoundMeanwhileAsync(IReadOnlyList<int> unboundAtClaim, CancellationToken cancellationToken)
    {
        if (unboundAtClaim.Count == 0) return;
        var now = await directory.GetBindingsAsync(unboundAtClaim, cancellationToken).ConfigureAwait(false);
        foreach (var person in unboundAtClaim)
        {
            if (now.TryGetValue(person, out var b) && b.Count > 0)
                await store.ReleaseHeldAsync(person, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Keeps this owner's leases alive while the batch is worked on: a live dispatcher keeps its rows however slow the
    /// channel, and a dead one stops renewing, so its rows are taken over one lease after its last renewal.
    /// </summary>
    private async Task RenewLeasesAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Options.LeaseRenewal, time, cancellationToken).ConfigureAwait(false);
                await store.RenewAsync(Owner, time.GetUtcNow() + Options.Lease, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                // The next renewal tries again; if the database stays away the lease runs out and another node delivers.
                logger.LogWarning("Outbox lease renewal failed: {Error}", ex.GetType().Name);
            }
        }
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
            settled.Raise(group.Select(o => o.Id).ToList());
        }
    }

    private async Task<DeliveryOutcome> DeliverAsync(OutboxRow row, IReadOnlyList<RecipientBinding> bindings, PhoneFacts? phone, bool knownUnbound, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!row.Urgent)
        {
            var allowed = quietHours.NextAllowed(row.QuietHours, row.QuietZone, now);
            if (allowed > now) return new DeliveryOutcome(row.Id, row.Status, row.DeliveredBindings, row.Attempts, allowed, null);
        }

        var plan = policy.Plan(row, bindings, phone, now);
        if (plan.HoldUntil is { } until) return new DeliveryOutcome(row.Id, row.Status, row.DeliveredBindings, row.Attempts, until, plan.Reason);
        if (await policy.CancelledAsync(row, cancellationToken).ConfigureAwait(false))
            return new DeliveryOutcome(row.Id, OutboxStatus.Dead, row.DeliveredBindings, row.Attempts, now, OutboxDeadReasons.Cancelled + "acknowledged before the call");
        if (plan.Unreachable && DeliveryPolicy.IsRoutine(row.Job, row.Urgent) && policy.StoppedByOptOut(row.RecipientId, bindings, phone, now))
        {
            // Queued before they said 退订: not sent, and no "cannot be reached" alarm to the school for a routine notice.
            return new DeliveryOutcome(row.Id, OutboxStatus.Dead, row.DeliveredBindings, row.Attempts, now, OutboxDeadReasons.Cancelled + "the number opted out of SMS (退订)");
        }
        if (plan.Unreachable)
        {
            // Never dropped silently: the school is told who cannot be reached (once a day per person).
            await unreachable.ReportAsync(row, now, held: knownUnbound, cancellationToken).ConfigureAwait(false);
            if (knownUnbound)
            {
                // Not yet bound is not unreachable for ever: the message waits in the mailbox and goes out when they bind.
                logger.LogInformation("Outbox {Id} for person {Person} held: no reachable channel yet", row.Id, row.RecipientId);
                return new DeliveryOutcome(row.Id, OutboxStatus.Held, row.DeliveredBindings, row.Attempts, now, HeldReason);
            }
            logger.LogWarning("Outbox {Id} for person {Person} dead: the person was erased", row.Id, row.RecipientId);
            return new DeliveryOutcome(row.Id, OutboxStatus.Dead, row.DeliveredBindings, row.Attempts + 1, now, OutboxDeadReasons.Erased);
        }

        var targets = plan.Targets;
        var delivered = new HashSet<int>(row.DeliveredBindings);
        OutboxMessage message;
        try
        {
            message = OutboxPayload.Deserialize(row.Payload);
        }
        catch (System.Text.Json.JsonException)
        {
            return new DeliveryOutcome(row.Id, OutboxStatus.Dead, delivered, row.Attempts + 1, now, OutboxDeadReasons.Unreadable);
        }

        foreach (var target in targets.Where(t => !delivered.Contains(t.BindingId)))
        {
            try
            {
                await limiter.WaitAsync(target.ChannelId, cancellationToken).ConfigureAwait(false);
                await sender.SendAsync(target.Reference, message, row.Key, row.Locale ?? target.Reference.Locale ?? "zh-CN", cancellationToken).ConfigureAwait(false);
                delivered.Add(target.BindingId);
            }
            catch (Exception ex) when (DeliveryDeferredException.Find(ex) is { } deferred)
            {
                logger.LogInformation("Outbox {Id} for person {Person} deferred until {Until:o} by the channel", row.Id, row.RecipientId, deferred.Until);
                // A message someone wrote for them (not a routine notice) that the SMS provider refuses until tomorrow:
                // the school hears it today, so that somebody phones them.
                if (deferred.RecipientSmsFullToday && !DeliveryPolicy.IsRoutine(row.Job, row.Urgent))
                    await unreachable.ReportSmsFullAsync(row, now, cancellationToken).ConfigureAwait(false);
                return new DeliveryOutcome(row.Id, row.Status, delivered, row.Attempts, deferred.Until, Deferred(deferred));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var failed = Failed(row, delivered, ex.GetType().Name + ": " + Truncate(ex.Message), now);
                // Given up on for good: whoever wrote it must not go on believing it arrived.
                if (failed.Status == OutboxStatus.Dead && message.WrittenBy is { } writer && delivered.Count == 0)
                    await unreachable.ReportNotDeliveredAsync(row, writer, message.Text, cancellationToken).ConfigureAwait(false);
                return failed;
            }
        }

        return new DeliveryOutcome(row.Id, OutboxStatus.Sent, delivered, row.Attempts + 1, now, null);
    }

    /// <summary>Several plain notices for one number as one SMS under the first row's key; every row shares the outcome.</summary>
    private async Task<IReadOnlyList<DeliveryOutcome>> DeliverMergedAsync(SmsMergeGroup group, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var first = group.Rows[0];
        try
        {
            await limiter.WaitAsync(group.Target.ChannelId, cancellationToken).ConfigureAwait(false);
            await sender.SendAsync(group.Target.Reference, group.Message, first.Key, first.Locale ?? "zh-CN", cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Outbox rows {Ids} for person {Person} merged into one SMS", string.Join(',', group.Rows.Select(r => r.Id)), first.RecipientId);
            return group.Rows.Select(r => new DeliveryOutcome(r.Id, OutboxStatus.Sent, new HashSet<int>(r.DeliveredBindings) { group.Target.BindingId }, r.Attempts + 1, now, null)).ToList();
        }
        catch (Exception ex) when (DeliveryDeferredException.Find(ex) is { } deferred)
        {
            return group.Rows.Select(r => new DeliveryOutcome(r.Id, r.Status, new HashSet<int>(r.DeliveredBindings), r.Attempts, deferred.Until, Deferred(deferred))).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var outcomes = group.Rows.Select(r => Failed(r, new HashSet<int>(r.DeliveredBindings), ex.GetType().Name + ": " + Truncate(ex.Message), now)).ToList();
            foreach (var (row, outcome) in group.Rows.Zip(outcomes))
            {
                if (outcome.Status == OutboxStatus.Dead && row.DeliveredBindings.Count == 0 && OutboxPayload.Deserialize(row.Payload) is { WrittenBy: { } writer } message)
                    await unreachable.ReportNotDeliveredAsync(row, writer, message.Text, cancellationToken).ConfigureAwait(false);
            }
            return outcomes;
        }
    }

    /// <summary>The row's last_error: a hold the channel named as such counts as held in the admin views.</summary>
    private static string Deferred(DeliveryDeferredException deferred) =>
        deferred.Message.StartsWith(OutboxJobs.HeldPrefix, StringComparison.Ordinal) ? Truncate(deferred.Message) : "deferred: " + Truncate(deferred.Message);

    private DeliveryOutcome Failed(OutboxRow row, HashSet<int> delivered, string error, DateTimeOffset now)
    {
        var attempts = row.Attempts + 1;
        if (attempts >= Options.MaxAttempts)
        {
            logger.LogError("Outbox {Id} for person {Person} is dead after {Attempts} attempts", row.Id, row.RecipientId, attempts);
            return new DeliveryOutcome(row.Id, OutboxStatus.Dead, delivered, attempts, now, OutboxDeadReasons.AfterAttempts(attempts, error));
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
