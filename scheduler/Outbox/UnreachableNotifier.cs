using LeftBehind.Scheduler.Recipients;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// A message nobody could receive is not dropped silently: the head teacher of each of the person's children is told
/// (once a day per person) that the family cannot be reached, so the school can fix the number or call in person.
/// For a person who has not bound a chat yet the message is held, and the notice says so: it is kept for them.
/// A person already reported for the day (or the week) is not looked up again in this process: the notice's key would
/// refuse the copy anyway, and a teacher without a chat who is asked forty questions a day was forty lookups and forty
/// error lines.
/// </summary>
internal sealed class UnreachableNotifier(
    IDeliveryQueries queries, IRecipientDirectory directory, OutboxWriter writer, IBindingService bindings, ILogger<UnreachableNotifier> logger)
{
    private readonly ReportedPeople _daily = new();
    private readonly ReportedPeople _weekly = new();

    public async Task ReportAsync(OutboxRow row, DateTimeOffset now, bool held, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var memo = $"{row.Job == OutboxJobs.Unreachable}:{row.RecipientId}:{held}";
        if (_daily.Contains(memo, day)) return;
        await ReportOnceAsync(row, day, held, cancellationToken).ConfigureAwait(false);
        _daily.Add(memo, day);
    }

    private async Task ReportOnceAsync(OutboxRow row, string day, bool held, CancellationToken cancellationToken)
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

        // A parent who unfollowed the WeChat account did open a chat: the school hears that, not 还没开通.
        var unfollowed = held && await bindings.HasLeftChatAsync(row.RecipientId, cancellationToken).ConfigureAwait(false);
        await TellAsync(heads, OutboxJobs.Unreachable, children => FamilyNotifications.Unreachable(row.RecipientId, day, held, person.Name, children, unfollowed), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The SMS provider refuses the person's number for the rest of its day and a message written for them waits until
    /// tomorrow: the head teacher of each of their children is told (once a day per person) to phone them.
    /// </summary>
    public async Task ReportSmsFullAsync(OutboxRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var memo = $"sms-full:{row.RecipientId}";
        if (_daily.Contains(memo, day)) return;
        var person = await queries.GetPersonAsync(row.RecipientId, cancellationToken).ConfigureAwait(false);
        if (person is null) return;
        var heads = (await queries.GetHeadTeachersAsync(row.RecipientId, cancellationToken).ConfigureAwait(false)).Where(h => h.HeadTeacherId != row.RecipientId).ToList();
        if (heads.Count == 0) logger.LogWarning("Person {Person}'s SMS is over the provider's daily limit and there is no head teacher to tell", row.RecipientId);
        else await TellAsync(heads, OutboxJobs.SmsFull, children => FamilyNotifications.SmsFullToday(row.RecipientId, day, person.Name, children), cancellationToken).ConfigureAwait(false);
        _daily.Add(memo, day);
    }

    /// <summary>
    /// The outbox gave up on a message a person wrote (a question, a letter, a guardian's message or leave): its writer
    /// is told, in their language, by whatever reaches them, so they never go on believing it arrived.
    /// </summary>
    public async Task ReportNotDeliveredAsync(OutboxRow row, int writerId, string text, CancellationToken cancellationToken)
    {
        var recipient = await queries.GetPersonAsync(row.RecipientId, cancellationToken).ConfigureAwait(false);
        var writers = await directory.GetRecipientsAsync([writerId], cancellationToken).ConfigureAwait(false);
        if (recipient is null || !writers.TryGetValue(writerId, out var author))
        {
            logger.LogWarning("Outbox {Id}: its writer {Person} cannot be told that it was not delivered", row.Id, writerId);
            return;
        }
        await writer.EnqueueAsync([Delivery.Of(author, OutboxJobs.NotDelivered, FamilyNotifications.NotDelivered(row.Id, recipient.Name, text))], cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Outbox {Id}: its writer {Person} is told that it was not delivered", row.Id, writerId);
    }

    /// <summary>
    /// Messages for a parent or guardian wait for their consent: the head teacher of each of their children hears it
    /// (at most once a week per person), so nobody at school believes a notice reached them.
    /// </summary>
    public async Task ReportAwaitingConsentAsync(OutboxRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var local = now.UtcDateTime.AddHours(8);
        var week = $"{System.Globalization.ISOWeek.GetYear(local)}-W{System.Globalization.ISOWeek.GetWeekOfYear(local):00}";
        var memo = $"consent:{row.RecipientId}";
        if (_weekly.Contains(memo, week)) return;
        var person = await queries.GetPersonAsync(row.RecipientId, cancellationToken).ConfigureAwait(false);
        if (person is null) return;
        var heads = await queries.GetHeadTeachersAsync(row.RecipientId, cancellationToken).ConfigureAwait(false);
        await TellAsync(heads, OutboxJobs.AwaitingConsent, children => FamilyNotifications.AwaitingConsent(row.RecipientId, week, person.Name, children), cancellationToken).ConfigureAwait(false);
        _weekly.Add(memo, week);
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
