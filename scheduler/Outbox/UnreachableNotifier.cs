using LeftBehind.Scheduler.Recipients;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// A message nobody could receive is not dropped silently: the head teacher of each of the person's children is told
/// (once a day per person) that the family cannot be reached, so the school can fix the number or call in person.
/// For a person who has not bound a chat yet the message is held, and the notice says so: it is kept for them.
/// </summary>
internal sealed class UnreachableNotifier(
    IDeliveryQueries queries, IRecipientDirectory directory, OutboxWriter writer, IBindingService bindings, ILogger<UnreachableNotifier> logger)
{
    public async Task ReportAsync(OutboxRow row, DateTimeOffset now, bool held, CancellationToken cancellationToken)
    {
        if (row.Job == OutboxJobs.Unreachable)
        {
            logger.LogError("Head teacher {Person} cannot be reached either; the unreachable notice stays dead in the outbox", row.RecipientId);
            return;
        }

        var person = await queries.GetPersonAsync(row.RecipientId, cancellationToken).ConfigureAwait(false);
        if (person is null) return;
        var heads = await queries.GetHeadTeachersAsync(row.RecipientId, cancellationToken).ConfigureAwait(false);
        if (heads.Count == 0)
        {
            logger.LogError("Person {Person} cannot be reached and has no head teacher to tell", row.RecipientId);
            return;
        }

        var day = DateOnly.FromDateTime(now.UtcDateTime.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // A parent who unfollowed the WeChat account did open a chat: the school hears that, not 还没开通.
        var unfollowed = held && await bindings.HasLeftChatAsync(row.RecipientId, cancellationToken).ConfigureAwait(false);
        await TellAsync(heads, OutboxJobs.Unreachable, children => FamilyNotifications.Unreachable(row.RecipientId, day, held, person.Name, children, unfollowed), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Messages for a parent or guardian wait for their consent: the head teacher of each of their children hears it
    /// (at most once a week per person), so nobody at school believes a notice reached them.
    /// </summary>
    public async Task ReportAwaitingConsentAsync(OutboxRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var person = await queries.GetPersonAsync(row.RecipientId, cancellationToken).ConfigureAwait(false);
        if (person is null) return;
        var heads = await queries.GetHeadTeachersAsync(row.RecipientId, cancellationToken).ConfigureAwait(false);
        var local = now.UtcDateTime.AddHours(8);
        var week = $"{System.Globalization.ISOWeek.GetYear(local)}-W{System.Globalization.ISOWeek.GetWeekOfYear(local):00}";
        await TellAsync(heads, OutboxJobs.AwaitingConsent, children => FamilyNotifications.AwaitingConsent(row.RecipientId, week, person.Name, children), cancellationToken).ConfigureAwait(false);
    }

    private async Task TellAsync(IReadOnlyList<HeadTeacherOfChild> heads, string job, Func<IReadOnlyList<string>, FamilyNotification> notice, CancellationToken cancellationToken)
    {
        var recipients = await directory.GetRecipientsAsync(heads.Select(h => h.HeadTeacherId).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        var deliveries = heads.GroupBy(h => h.HeadTeacherId)
            .Where(g => recipients.ContainsKey(g.Key))
            .Select(g => Delivery.Of(recipients[g.Key], job, notice(g.Select(x => x.ChildName).Distinct().ToList()))).ToList();
        await writer.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }
}
