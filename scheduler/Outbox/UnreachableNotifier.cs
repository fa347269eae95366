using LeftBehind.Scheduler.Recipients;
using LeftBehind.Scheduler.Text;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// A message nobody could receive is not dropped silently: the head teacher of each of the person's children is told
/// (once a day per person) that the family cannot be reached, so the school can fix the number or call in person.
/// For a person who has not bound a chat yet the message is held, and the notice says so: it is kept for them.
/// </summary>
internal sealed class UnreachableNotifier(
    IDeliveryQueries queries, IRecipientDirectory directory, OutboxWriter writer, ILogger<UnreachableNotifier> logger)
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

        var recipients = await directory.GetRecipientsAsync(heads.Select(h => h.HeadTeacherId).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        var day = DateOnly.FromDateTime(now.UtcDateTime.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var deliveries = heads.GroupBy(h => h.HeadTeacherId)
            .Where(g => recipients.ContainsKey(g.Key))
            .Select(g =>
            {
                var r = recipients[g.Key];
                var text = MessageCatalog.Get(held ? "Unreachable_Held" : "Unreachable_Notice", r.Locale, person.Name, MessageCatalog.JoinNames(r.Locale, g.Select(x => x.ChildName).Distinct()));
                return new Delivery(r, OutboxJobs.Unreachable, $"{row.RecipientId}:{day}", new OutboxMessage(text));
            }).ToList();
        await writer.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }
}
