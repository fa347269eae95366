using LeftBehind.Scheduler.Calendar;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// 两地书: every reachable parent is asked to write this month's letter (one tap starts the letter dialog); for each
/// of their children the guardian, or the paired teacher when no guardian can be reached, is asked to help the child
/// write back. One message per person per month, naming all their children.
/// </summary>
internal sealed class MonthlyLetterJob(IFamilyQueries families, IRecipientDirectory directory, OutboxWriter outbox, IOptions<SchedulerOptions> options) : IScheduledJob
{
    /// <summary>The button's value; the conversations route it to the letter dialog.</summary>
    public const string WriteLetterValue = "写信";

    public string Name => JobNames.MonthlyLetter;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var period = Period.Month(context.Today);
        var festival = ChineseFestivals.Upcoming(context.Today, options.Value.Rules.FestivalLookaheadDays);

        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var members = await families.GetMembersAsync(FamilyQuery.All, cancellationToken).ConfigureAwait(false);

        var parents = members.Where(m => m.IsParent && reachable.Contains(m.PersonId)).ToList();
        var childrenWithParent = parents.Select(p => p.ChildId).ToHashSet();
        var guardians = members.Where(m => m.Role == FamilyRole.Guardian && reachable.Contains(m.PersonId) && childrenWithParent.Contains(m.ChildId)).ToList();
        var helped = guardians.Select(g => g.ChildId).ToHashSet();
        var byTeacher = parents.Where(p => !helped.Contains(p.ChildId) && p.PairedTeacherId is { } t && reachable.Contains(t))
            .DistinctBy(p => p.ChildId)
            .Select(p => (PersonId: p.PairedTeacherId!.Value, p.ChildId, p.ChildName));
        var helpers = guardians.Select(g => (g.PersonId, g.ChildId, g.ChildName)).Concat(byTeacher).ToList();

        var recipients = await directory.GetRecipientsAsync(parents.Select(p => p.PersonId).Concat(helpers.Select(h => h.PersonId)).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var deliveries = new List<Delivery>(recipients.Count);
        foreach (var group in parents.GroupBy(p => p.PersonId))
        {
            if (!recipients.TryGetValue(group.Key, out var r)) continue;
            var names = MessageCatalog.JoinNames(r.Locale, group.Select(g => g.ChildName).Distinct());
            var text = festival is null
                ? MessageCatalog.Get("MonthlyLetter_Parent", r.Locale, names)
                : MessageCatalog.Get("MonthlyLetter_Parent_Festival", r.Locale, names, FestivalName(festival, r.Locale), DateLabel(festival.Date, r.Locale));
            var message = new OutboxMessage(text, [new OutboxChoice(MessageCatalog.Get("Action_WriteLetter", r.Locale), WriteLetterValue)]);
            deliveries.Add(new Delivery(r, Name, period, message));
        }

        foreach (var group in helpers.GroupBy(h => h.PersonId))
        {
            if (!recipients.TryGetValue(group.Key, out var r)) continue;
            var names = MessageCatalog.JoinNames(r.Locale, group.Select(g => g.ChildName).Distinct());
            var sentence = festival is null
                ? MessageCatalog.Get("MonthlyLetter_Helper", r.Locale, names)
                : MessageCatalog.Get("MonthlyLetter_Helper_Festival", r.Locale, names, FestivalName(festival, r.Locale));
            deliveries.Add(new Delivery(r, Name, period, MessageCatalog.Reminder(r.Locale, sentence), ExpectsReply: true));
        }

        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }

    private static string FestivalName(FestivalDate festival, string locale) => MessageCatalog.Get("Festival_" + festival.Festival, locale);

    private static string DateLabel(DateOnly date, string locale) =>
        MessageCatalog.Get("Date_MonthDay", locale, date.Month, date.Day, date.ToDateTime(TimeOnly.MinValue));
}
