using LeftBehind.Archive.Services;
using LeftBehind.Archive.Storage;
using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Storage;
using Microsoft.Extensions.Options;

namespace LeftBehind.Scheduler.Replies;

internal sealed class ReminderReplies(IDbConnectionFactory db, TimeProvider time, IOptions<SchedulerOptions> options) : IReminderReplies
{
    private static readonly TimeSpan OpenFor = TimeSpan.FromDays(3);

    public async Task<OpenReminder?> FindOpenReminderAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("""
            SELECT o.dedup_key, o.job, o.sent_at FROM sched_outbox o
            WHERE o.recipient_id = @person AND o.expects_reply = 1 AND o.status = 'sent' AND o.sent_at >= @since
              AND NOT EXISTS (SELECT 1 FROM sched_reminder_replies r WHERE r.person_id = o.recipient_id AND r.outbox_key = o.dedup_key)
            ORDER BY o.sent_at DESC, o.id DESC LIMIT 1
            """).With("@person", personId).With("@since", (time.GetUtcNow() - OpenFor).ToUnixMs());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new OpenReminder(reader.GetString(0), reader.GetString(1), UnixMsColumns.FromUnixMs(reader.GetInt64(2)))
            : null;
    }

    public async Task<OpenReminder?> RecordAsync(int personId, ReminderReply reply, string? reminderKey = null, CancellationToken cancellationToken = default)
    {
        var reminder = reminderKey is null ? await FindOpenReminderAsync(personId, cancellationToken).ConfigureAwait(false) : await FindSentAsync(personId, reminderKey, cancellationToken).ConfigureAwait(false);
        if (reminder is null) return null;

        var now = time.GetUtcNow();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.DefaultTimeZone);
        var month = TimeZoneInfo.ConvertTime(now, zone).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("""
            INSERT INTO sched_reminder_replies (person_id, outbox_key, job, reply, replied_at, month) VALUES (@person, @key, @job, @reply, @at, @month)
            ON CONFLICT (person_id, outbox_key) DO UPDATE SET reply = excluded.reply, replied_at = excluded.replied_at, month = excluded.month
            """).With("@person", personId).With("@key", reminder.Key).With("@job", reminder.Job).With("@reply", reply.ToString())
            .With("@at", now.ToUnixMs()).With("@month", month);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return reminder;
    }

    public async Task<ReminderReplyCounts> CountAsync(IReadOnlyCollection<int> personIds, int year, int month, CancellationToken cancellationToken = default)
    {
        if (personIds.Count == 0) return new ReminderReplyCounts(0, 0, 0);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var ids = personIds.Distinct().ToList();
        var names = string.Join(',', ids.Select((_, i) => "@p" + i));
        await using var command = connection.Command($"SELECT reply, COUNT(*) FROM sched_reminder_replies WHERE month = @month AND person_id IN ({names}) GROUP BY reply")
            .With("@month", $"{year:D4}-{month:D2}");
        for (var i = 0; i < ids.Count; i++) command.With("@p" + i, ids[i]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<string, int>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) counts[reader.GetString(0)] = Convert.ToInt32(reader.GetInt64(1));
        return Counts(counts);
    }

    /// <summary>Everyone's answers in one month, per person (the digest reads them all at once).</summary>
    public async Task<Dictionary<int, ReminderReplyCounts>> CountByPersonAsync(int year, int month, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT person_id, reply, COUNT(*) FROM sched_reminder_replies WHERE month = @month GROUP BY person_id, reply")
            .With("@month", $"{year:D4}-{month:D2}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var raw = new List<(int Person, string Reply, int Count)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) raw.Add((reader.GetInt32(0), reader.GetString(1), Convert.ToInt32(reader.GetInt64(2))));
        return raw.GroupBy(r => r.Person).ToDictionary(g => g.Key, g => Counts(g.ToDictionary(x => x.Reply, x => x.Count)));
    }

    private static ReminderReplyCounts Counts(IReadOnlyDictionary<string, int> byReply) => new(
        byReply.GetValueOrDefault(nameof(ReminderReply.Done)),
        byReply.GetValueOrDefault(nameof(ReminderReply.Later)),
        byReply.GetValueOrDefault(nameof(ReminderReply.CannotDo)));

    private async Task<OpenReminder?> FindSentAsync(int personId, string key, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT dedup_key, job, sent_at FROM sched_outbox WHERE recipient_id = @person AND dedup_key = @key AND status = 'sent'")
            .With("@person", personId).With("@key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new OpenReminder(reader.GetString(0), reader.GetString(1), UnixMsColumns.FromUnixMs(reader.GetInt64(2)))
            : null;
    }
}
