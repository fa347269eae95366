using LeftBehind.Archive.Tips;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// 家长学校 for guardians, 家长课堂 for parents: on each tip day every reachable guardian and parent who has not said
/// 停 gets one short tip for their children's age (<see cref="TipChoice"/>), by their own channel through the outbox
/// (chat, SMS or a voice call as the delivery policy decides), held through their quiet hours. The choice is stored
/// first under the outbox key, and the message is written from what is stored, so a rerun or a crash between the
/// two sends the tip chosen the first time, once.
/// </summary>
internal sealed class TipsJob(
    IFamilyQueries families, ITipService tips, IRecipientDirectory directory, OutboxWriter outbox, IOptions<SchedulerOptions> options, IOptions<DeliveryOptions> delivery) : IScheduledJob
{
    public string Name => JobNames.Tips;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value.Tips;
        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var members = (await families.GetMembersAsync(FamilyQuery.All, cancellationToken).ConfigureAwait(false))
            .Where(m => reachable.Contains(m.PersonId)).GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => g.ToList());
        if (members.Count == 0) return 0;

        var stopped = await tips.GetStoppedAsync(members.Keys, cancellationToken).ConfigureAwait(false);
        var wanted = members.Keys.Where(id => !stopped.Contains(id)).ToList();
        if (!delivery.Value.SmsEnabled && !delivery.Value.VoiceEnabled)
        {
            // Without SMS and voice only a chat reaches anyone: a tip for a phone-only grandparent would die in the
            // outbox and tell the head teacher the family is unreachable, for a tip.
            var bindings = await directory.GetBindingsAsync(wanted, cancellationToken).ConfigureAwait(false);
            wanted = wanted.Where(id => bindings.TryGetValue(id, out var b) && b.Any(x => x.ChannelId is not (PhoneAddress.SmsChannel or PhoneAddress.VoiceChannel))).ToList();
        }
        var recipients = await directory.GetRecipientsAsync(wanted, cancellationToken).ConfigureAwait(false);
        var due = new List<(Recipient Recipient, string Period, string Key, DateOnly LocalDay)>();
        foreach (var r in recipients.Values)
        {
            if (r.Role == RecipientRole.Teacher) continue;
            var zone = Zone(r.TimeZone, context.Zone);
            if (TipSchedule.DuePeriod(context.NowUtc, zone, settings) is not { } period) continue;
            due.Add((r, period, OutboxKey.Of(Name, r.PersonId, period), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.NowUtc, zone).DateTime)));
        }
        if (due.Count == 0) return 0;

        // 1. Choose for everyone whose key has no stored choice yet, and store the choices.
        var chosen = await tips.GetSendsByKeyAsync(due.Select(d => d.Key).ToList(), cancellationToken).ConfigureAwait(false);
        var open = due.Where(d => !chosen.ContainsKey(d.Key)).ToList();
        if (open.Count > 0)
        {
            var library = await tips.ListAsync(activeOnly: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            var history = await tips.GetSendsAsync(open.Select(d => d.Recipient.PersonId).ToList(), cancellationToken).ConfigureAwait(false);
            var stages = await tips.GetChildStagesAsync(open.SelectMany(d => members[d.Recipient.PersonId].Select(m => m.ChildId)).ToHashSet(), cancellationToken).ConfigureAwait(false);
            var choices = new List<TipSendInfo>();
            foreach (var d in open)
            {
                var audience = d.Recipient.Role == RecipientRole.Guardian ? TipAudience.Guardian : TipAudience.Parent;
                var bands = members[d.Recipient.PersonId]
                    .Select(m => stages.TryGetValue(m.ChildId, out var s) ? TipAgeBands.Of(s.BirthDate, s.ClassName, d.LocalDay) : null)
                    .OfType<string>().ToHashSet();
                var tip = TipChoice.Next(library.Where(t => t.Audience == audience).ToList(), history.GetValueOrDefault(d.Recipient.PersonId) ?? [], bands, d.LocalDay.Month, d.Recipient.PersonId);
                if (tip is not null) choices.Add(new TipSendInfo(d.Recipient.PersonId, tip.Id, d.Key, context.NowUtc, null));
            }
            await tips.RecordSendsAsync(choices, cancellationToken).ConfigureAwait(false);
            chosen = await tips.GetSendsByKeyAsync(due.Select(d => d.Key).ToList(), cancellationToken).ConfigureAwait(false);
        }

        // 2. Write each stored choice to the outbox (a key already there is skipped by the outbox itself).
        var texts = (await tips.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).ToDictionary(t => t.Id);
        var deliveries = new List<Delivery>();
        foreach (var d in due)
        {
            if (!chosen.TryGetValue(d.Key, out var send) || !texts.TryGetValue(send.TipId, out var tip)) continue;
            deliveries.Add(Delivery.Of(d.Recipient, Name, FamilyNotifications.Tip(d.Period, d.Recipient.Role == RecipientRole.Guardian, tip)));
        }
        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }

    private static TimeZoneInfo Zone(string? id, TimeZoneInfo fallback) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : fallback;
}
