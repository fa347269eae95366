using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Quartz;
using LeftBehind.Scheduler.Recipients;
using Microsoft.Extensions.Options;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// One delivery policy for every message. A person's channels in order: their chats (newest first: WeChat, Web Chat…),
/// then SMS to the roster number, then a voice call — or voice/SMS first when that is their stated preference.
/// Ordinary notices go to the first reachable channel; an absence alert also goes by SMS when no chat was used within
/// the day; an emergency goes to every chat and by SMS at once (the voice call follows from
/// <see cref="EmergencyVoiceCaller"/>). 退订 stops non-urgent SMS; the per-number daily cap holds the rest
/// until the next local day.
/// </summary>
internal sealed class DeliveryPolicy(IPhoneRecords phoneRecords, IDeliveryQueries deliveries, IOptions<DeliveryOptions> options, IOptions<SchedulerOptions> scheduler)
{
    private DeliveryOptions Options => options.Value;

    public bool MergeEnabled => Options.MergeSms && Options.SmsEnabled;

    public bool SmsEnabled => Options.SmsEnabled;

    /// <summary>
    /// A routine notice of a scheduled job (a tip, a reminder, a monthly prompt, an absence alert): not urgent, not a
    /// person's own message relayed (<see cref="ProactiveOutbox.DirectJob"/>), not one of the outbox's own notices.
    /// 退订 stops these for a person no chat reaches (issue #18).
    /// </summary>
    public static bool IsRoutine(string job, bool urgent) =>
        !urgent && job is not (ProactiveOutbox.DirectJob or OutboxJobs.Unreachable or OutboxJobs.SmsFull or OutboxJobs.AwaitingConsent or OutboxJobs.VoiceCall or OutboxJobs.NotDelivered);

    /// <summary>Whether the person's number said 退订 and no other routine channel reaches them (emergencies still do).</summary>
    public bool StoppedByOptOut(int personId, IReadOnlyList<RecipientBinding> bindings, PhoneFacts? phone, DateTimeOffset now) =>
        phone is { OptedOut: true } && !ReachesRoutinely(personId, bindings, phone, now);

    /// <summary>An emergency call whose recipient acknowledged (on any channel) after it was queued is not placed.</summary>
    public async Task<bool> CancelledAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        if (row.Job != OutboxJobs.VoiceCall || EmergencyVoiceKey.Parse(row.Key) is not { } call) return false;
        var emergency = await deliveries.GetEmergencyCallStateAsync(call.Id, row.RecipientId, cancellationToken).ConfigureAwait(false);
        if (emergency is null || emergency.Resolved) return true;
        // A recipient's own call stops with their acknowledgement; the head teacher's call once everyone has acknowledged.
        return call.HeadTeacher ? emergency.Pending == 0 : emergency.AcknowledgedByPerson;
    }

    /// <summary>Which of these people an open emergency concerns (its family and the teachers on it); empty when none is open.</summary>
    public Task<IReadOnlyList<OpenEmergencyMember>> OnOpenEmergencyAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken) =>
        deliveries.GetOnOpenEmergencyAsync(personIds, cancellationToken);

    /// <summary>Phone facts for a batch's recipients in three queries.</summary>
    public async Task<IReadOnlyDictionary<int, PhoneFacts>> LoadAsync(IReadOnlyCollection<int> personIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, PhoneFacts>();
        var ids = personIds.Distinct().ToList();
        var prefs = await phoneRecords.GetPreferredChannelsAsync(ids, cancellationToken).ConfigureAwait(false);
        if (!Options.SmsEnabled && !Options.VoiceEnabled)
        {
            // Only chats: a stated WeChat / Web Chat preference still orders them.
            foreach (var (id, preferred) in prefs) result[id] = new PhoneFacts(null, preferred, false, 0);
            return result;
        }
        var people = await phoneRecords.GetRosterPhonesAsync(ids, cancellationToken).ConfigureAwait(false);
        var phones = people.Select(p => (Id: p.PersonId, Phone: PhoneAddress.Normalize(p.Phone))).Where(p => p.Phone is not null).ToList();
        var numbers = phones.Select(p => p.Phone!).Distinct().ToList();
        var optedOut = await phoneRecords.GetOptedOutAsync(numbers, cancellationToken).ConfigureAwait(false);
        var counts = await phoneRecords.CountSendsSinceAsync(PhoneAddress.SmsChannel, numbers, LocalDayStart(now), cancellationToken).ConfigureAwait(false);
        foreach (var (id, phone) in phones)
        {
            result[id] = new PhoneFacts(phone, prefs.TryGetValue(id, out var p) ? p : null, optedOut.Contains(phone!), counts.GetValueOrDefault(phone!));
        }
        foreach (var (id, preferred) in prefs) result.TryAdd(id, new PhoneFacts(null, preferred, false, 0));
        return result;
    }

    public DeliveryPlan Plan(OutboxRow row, IReadOnlyList<RecipientBinding> bindings, PhoneFacts? phone, DateTimeOffset now)
    {
        var chats = bindings.Where(b => b.ChannelId is not PhoneAddress.SmsChannel and not PhoneAddress.VoiceChannel)
            .OrderByDescending(b => b.LastSeen).ToList();
        var number = phone?.Phone;
        RecipientBinding? sms = Options.SmsEnabled && number is not null ? Target(PhoneAddress.SmsChannel, PhoneAddress.SmsBindingId, row.RecipientId, number) : null;
        RecipientBinding? voice = Options.VoiceEnabled && number is not null ? Target(PhoneAddress.VoiceChannel, PhoneAddress.VoiceBindingId, row.RecipientId, number) : null;

        if (row.Job == OutboxJobs.VoiceCall) return new DeliveryPlan(voice is null ? [] : [voice]);
        if (row.Urgent)
        {
            // An emergency: every chat and SMS at once; opt-out and the daily cap do not apply.
            var all = new List<RecipientBinding>(chats);
            if (sms is not null) all.Add(sms);
            if (all.Count == 0 && voice is not null) all.Add(voice);
            return new DeliveryPlan(all);
        }

        var smsAllowed = sms is not null && !phone!.OptedOut;
        var ordered = new List<RecipientBinding>();
        switch (phone?.Preferred)
        {
            case PreferredChannel.Voice:
                if (voice is not null) ordered.Add(voice);
                ordered.AddRange(chats);
                if (smsAllowed) ordered.Add(sms!);
                break;
            case PreferredChannel.Sms:
                if (smsAllowed) ordered.Add(sms!);
                ordered.AddRange(chats);
                break;
            case PreferredChannel.WeChat or PreferredChannel.WebChat:
                // The chat they named first (when they have it), then their other chats, then SMS.
                ordered.AddRange(chats.OrderByDescending(b => IsChannel(b.ChannelId, phone!.Preferred!.Value)));
                if (smsAllowed) ordered.Add(sms!);
                break;
            default:
                ordered.AddRange(chats);
                if (smsAllowed) ordered.Add(sms!);
                break;
        }
        if (ordered.Count == 0) return new DeliveryPlan([]);

        var targets = new List<RecipientBinding> { ordered[0] };
        // An absence alert cannot wait for a chat nobody opened today: SMS as well.
        if (row.Job == JobNames.AbsenceAlert && smsAllowed && targets[0].ChannelId != PhoneAddress.SmsChannel && targets[0].LastSeen < now.AddDays(-1))
            targets.Add(sms!);

        if (targets.Any(t => t.ChannelId == PhoneAddress.SmsChannel) && phone!.SmsToday >= Options.SmsDailyCapPerNumber)
        {
            if (targets.Count > 1) return new DeliveryPlan(targets.Where(t => t.ChannelId != PhoneAddress.SmsChannel).ToList());
            return new DeliveryPlan([], NextLocalDay(now), OutboxJobs.HeldPrefix + "daily SMS limit for this number");
        }
        return new DeliveryPlan(targets);
    }

    /// <summary>
    /// Whether an ordinary notice for this person would go anywhere (the rule <see cref="Plan"/> applies): false for
    /// someone with no chat whose number opted out of SMS (only emergencies reach them) or who has no number.
    /// </summary>
    public bool ReachesRoutinely(int personId, IReadOnlyList<RecipientBinding> bindings, PhoneFacts? phone, DateTimeOffset now) =>
        !Plan(new OutboxRow(0, OutboxKey.Of(JobNames.Tips, personId, "reach"), personId, JobNames.Tips, "{}", OutboxStatus.Pending, false, 0, null, null, null, new HashSet<int>()),
            bindings, phone, now).Unreachable;

    private static bool IsChannel(string channelId, PreferredChannel preferred) => preferred == PreferredChannel.WeChat
        ? channelId == WeChatChannelId
        : channelId is Channels.DirectLine or Channels.Webchat;

    /// <summary>The WeChat channel's id (the host's WeChatChannel; the scheduler does not reference the host).</summary>
    private const string WeChatChannelId = "wechat";

    private static RecipientBinding Target(string channel, int id, int personId, string phone) =>
        new(id, personId, channel, PhoneAddress.Reference(channel, phone), DateTimeOffset.MinValue);

    private TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(scheduler.Value.DefaultTimeZone, out var tz) ? tz : TimeZoneInfo.Utc;

    /// <summary>Midnight of today in the deployment's zone (the providers count per calendar day in China).</summary>
    public DateTimeOffset LocalDayStart(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        var midnight = new DateTimeOffset(local.Date, local.Offset);
        return midnight.ToUniversalTime();
    }

    private DateTimeOffset NextLocalDay(DateTimeOffset now) => LocalDayStart(now).AddDays(1).AddHours(8);
}
