using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Storage;
using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Storage;
using Microsoft.Extensions.Options;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>The school's delivery figures (<c>GET /admin/delivery</c>): per channel and local day, and who is reachable by nothing.</summary>
internal sealed class DeliveryReport : IDeliveryReport
{
    private readonly IChannelSendRecords _sends;
    private readonly IDeliveryQueries _queries;
    private readonly IDbConnectionFactory _db;
    private readonly IOptions<DeliveryOptions> _delivery;
    private readonly IOptions<SchedulerOptions> _scheduler;
    private readonly IPhoneRecords _phones;

    public DeliveryReport(IChannelSendRecords sends, IDeliveryQueries queries, IDbConnectionFactory db, IOptions<DeliveryOptions> delivery, IOptions<SchedulerOptions> scheduler,
        IPhoneRecords phones)
    {
        _phones = phones;
        _sends = sends;
        _queries = queries;
        _db = db;
        _delivery = delivery;
        _scheduler = scheduler;
    }

    public async Task<DeliveryReportResult> BuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(_scheduler.Value.DefaultTimeZone, out var tz) ? tz : TimeZoneInfo.Utc;
        var start = Utc(from, zone);
        var end = Utc(to.AddDays(1), zone);
        DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var rows = new Dictionary<(string, DateOnly), Counter>();
        Counter At(string channel, DateOnly day) => rows.TryGetValue((channel, day), out var c) ? c : rows[(channel, day)] = new Counter();

        var sends = await _sends.ListAsync(start, end, cancellationToken).ConfigureAwait(false);
        foreach (var s in sends)
        {
            var c = At(s.Channel, Day(s.CreatedAt));
            switch (s.Status)
            {
                case ChannelSendStatus.Failed: c.Failed++; break;
                case ChannelSendStatus.Delivered: c.Sent++; c.Delivered++; break;
                case ChannelSendStatus.Answered: c.Sent++; c.Delivered++; c.Answered++; break;
                case ChannelSendStatus.NotAnswered: c.Sent++; c.NotAnswered++; break;
                case ChannelSendStatus.Busy: c.Sent++; c.Busy++; break;
                case ChannelSendStatus.Unknown or ChannelSendStatus.Sending: c.Sent++; c.Unknown++; break;
                default: c.Sent++; break;
            }
            c.Parts += s.Parts;
            c.Cost += s.Cost;
        }

        var bindingChannels = await _queries.GetBindingChannelsAsync(cancellationToken).ConfigureAwait(false);
        await using (var connection = await _db.OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var command = connection.Command("SELECT status, delivered_bindings, last_error, created_at FROM sched_outbox WHERE created_at >= @from AND created_at < @to")
            .With("@from", start.ToUnixMs()).With("@to", end.ToUnixMs()))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var status = reader.GetString(0);
                var delivered = reader.GetNullableString(1);
                var error = reader.GetNullableString(2);
                var day = Day(UnixMsColumns.FromUnixMs(reader.GetInt64(3)));
                if (status is OutboxStatus.Pending or OutboxStatus.Held && error is not null && error.StartsWith(OutboxJobs.HeldPrefix, StringComparison.Ordinal)) At("outbox", day).Held++;
                if (status == OutboxStatus.Dead) At("outbox", day).Failed++;
                if (string.IsNullOrEmpty(delivered)) continue;
                foreach (var id in delivered.Split(',').Select(int.Parse).Where(i => i > 0))
                {
                    // Chat channels only: SMS and voice are counted from their own ledger above.
                    if (bindingChannels.TryGetValue(id, out var channel) && channel is not PhoneAddress.SmsChannel and not PhoneAddress.VoiceChannel) At(channel, day).Sent++;
                }
            }
        }

        var unreachable = await UnreachableAsync(cancellationToken).ConfigureAwait(false);
        var days = rows.OrderBy(r => r.Key.Item2).ThenBy(r => r.Key.Item1, StringComparer.Ordinal)
            .Select(r => r.Value.ToRow(r.Key.Item1, r.Key.Item2)).ToList();
        return new DeliveryReportResult(from, to, days, unreachable, days.Sum(d => d.Cost));
    }

    private async Task<List<UnreachablePerson>> UnreachableAsync(CancellationToken cancellationToken)
    {
        var phoneWorks = _delivery.Value.SmsEnabled || _delivery.Value.VoiceEnabled;
        var people = await _queries.GetReachAsync([PhoneAddress.SmsChannel, PhoneAddress.VoiceChannel], cancellationToken).ConfigureAwait(false);
        var result = people.Where(p => p.Chats == 0 && (!phoneWorks || PhoneAddress.Normalize(p.Phone) is null))
            .Select(p => new UnreachablePerson(p.PersonId, p.Kind.ToString(), p.Name, PhoneAddress.Normalize(p.Phone) is not null,
                p.LeftChats > 0 ? UnreachablePerson.WeChatUnfollowed : UnreachablePerson.NoChannel)).ToList();
        if (_delivery.Value.SmsEnabled)
        {
            // No chat and 退订: emergencies still reach them, nothing else does (a stated voice preference aside).
            var phoneOnly = people.Where(p => p.Chats == 0 && PhoneAddress.Normalize(p.Phone) is not null).ToList();
            var optedOut = await _phones.GetOptedOutAsync(phoneOnly.Select(p => PhoneAddress.Normalize(p.Phone)!).ToList(), cancellationToken).ConfigureAwait(false);
            var prefs = optedOut.Count == 0 ? new Dictionary<int, PreferredChannel>()
                : await _phones.GetPreferredChannelsAsync(phoneOnly.Select(p => p.PersonId).ToList(), cancellationToken).ConfigureAwait(false);
            result.AddRange(phoneOnly.Where(p => optedOut.Contains(PhoneAddress.Normalize(p.Phone)!)
                    && !(_delivery.Value.VoiceEnabled && prefs.GetValueOrDefault(p.PersonId) == PreferredChannel.Voice))
                .Select(p => new UnreachablePerson(p.PersonId, p.Kind.ToString(), p.Name, true, UnreachablePerson.SmsOptedOut)));
        }
        return result.OrderBy(p => p.PersonId).ToList();
    }

    private static DateTimeOffset Utc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private sealed class Counter
    {
        public int Sent, Delivered, Failed, Held, Unknown, Answered, NotAnswered, Busy, Parts;
        public decimal Cost;

        public DeliveryDayRow ToRow(string channel, DateOnly day) => new(channel, day, Sent, Delivered, Failed, Held, Unknown, Answered, NotAnswered, Busy, Parts, Cost);
    }
}
