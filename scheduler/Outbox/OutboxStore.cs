using System.Data.Common;
using System.Text;
using LeftBehind.Archive.Storage;
using LeftBehind.Scheduler.Storage;
using SqliteWriteGate = LeftBehind.Scheduler.Storage.SqliteWriteGate;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>The outbox table: inserts deduplicated by the unique key, leased claims, completions, admin reads.</summary>
internal sealed class OutboxStore(IDbConnectionFactory db, SqliteWriteGate writeGate)
{
    private const int RowsPerInsert = 100;
    // Short pieces: the dispatcher's "sent" marks wait behind each one for the writer, and a mark that waits is a
    // delivery a crash would repeat.
    private const int RowsPerTransaction = 100;

    /// <summary>Writes the items; rows whose key already exists are skipped. Returns how many were new.</summary>
    public async Task<int> InsertAsync(IReadOnlyList<OutboxItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (items.Count == 0) return 0;
        var inserted = 0;
        // Each transaction's worth is one piece of the process's write batches (on SQLite committed with the turns'
        // state and audit rows; a question asked in a turn inserts here): no transaction of its own, no busy wait.
        for (var t = 0; t < items.Count; t += RowsPerTransaction)
        {
            var start = t;
            var end = Math.Min(items.Count, t + RowsPerTransaction);
            inserted += await db.WriteAsync(async (connection, tx, ct) =>
            {
                var rows = 0;
                for (var i = start; i < end; i += RowsPerInsert)
                {
                    await using var command = BuildInsert(connection, tx, items, i, Math.Min(RowsPerInsert, end - i), now);
                    rows += await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
                return rows;
            }, cancellationToken).ConfigureAwait(false);
        }

        return inserted;
    }

    private static DbCommand BuildInsert(DbConnection connection, DbTransaction tx, IReadOnlyList<OutboxItem> items, int start, int count, DateTimeOffset now)
    {
        var sql = new StringBuilder("INSERT INTO sched_outbox (dedup_key, recipient_id, job, period, payload, urgent, expects_reply, status, attempts, not_before, quiet_hours, quiet_zone, locale, created_at) VALUES ");
        for (var n = 0; n < count; n++)
        {
            if (n > 0) sql.Append(',');
            sql.Append($"(@k{n},@r{n},@j{n},@p{n},@m{n},@u{n},@e{n},'pending',0,@nb{n},@q{n},@z{n},@l{n},@now)");
        }
        sql.Append(" ON CONFLICT (dedup_key) DO NOTHING");
        // One row (a turn's question or notice) is the common text: prepared once on the SQLite writer.
        var command = count == 1 ? connection.PreparedCommand(sql.ToString(), tx) : connection.Command(sql.ToString(), tx);
        command.With("@now", now.ToUnixMs());
        for (var n = 0; n < count; n++)
        {
            var item = items[start + n];
            command.With($"@k{n}", item.Key).With($"@r{n}", item.RecipientId).With($"@j{n}", item.Job).With($"@p{n}", item.Period)
                .With($"@m{n}", OutboxPayload.Serialize(item.Message)).With($"@u{n}", item.Urgent ? 1 : 0).With($"@e{n}", item.ExpectsReply ? 1 : 0)
                .With($"@nb{n}", item.NotBefore.ToUnixMs()).With($"@q{n}", item.QuietHours).With($"@z{n}", item.QuietZone).With($"@l{n}", item.Locale);
        }
        return command;
    }

    /// <summary>
    /// Leases up to <paramref name="limit"/> due rows to <paramref name="owner"/>. The outer conditions repeat the
    /// inner ones so that on PostgreSQL a row another node leased meanwhile is re-checked and skipped.
    /// </summary>
    public async Task<IReadOnlyList<OutboxRow>> ClaimAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        var skipLocked = db.Provider == StorageProvider.Postgres ? " FOR UPDATE SKIP LOCKED" : "";
        using var turn = await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"""
            UPDATE sched_outbox SET lease_owner = @owner, lease_until = @until
            WHERE id IN (SELECT id FROM sched_outbox
                         WHERE status IN ('pending', 'failed') AND not_before <= @now AND (lease_until IS NULL OR lease_until < @now)
                         ORDER BY not_before, id LIMIT @limit{skipLocked})
              AND status IN ('pending', 'failed') AND (lease_until IS NULL OR lease_until < @now)
            RETURNING id, dedup_key, recipient_id, job, payload, status, urgent, attempts, quiet_hours, quiet_zone, locale, delivered_bindings
            """).With("@owner", owner).With("@until", leaseUntil.ToUnixMs()).With("@now", now.ToUnixMs()).With("@limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new OutboxRow(
                reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetInt32(6) != 0, reader.GetInt32(7), reader.GetNullableString(8), reader.GetNullableString(9),
                reader.GetNullableString(10), ParseBindings(reader.GetNullableString(11))));
        }

        return rows;
    }

    /// <summary>A person has bound a chat: their held mailbox becomes due now, oldest first. Returns how many rows.</summary>
    public async Task<int> ReleaseHeldAsync(int personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "UPDATE sched_outbox SET status = 'pending', not_before = @now, last_error = NULL WHERE recipient_id = @p AND status = 'held'")
            .With("@now", now.ToUnixMs()).With("@p", personId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes back what has not reached the person yet (held, or waiting and not being delivered) under dedup keys starting
    /// with <paramref name="keyPrefix"/>; returns how many rows were withdrawn.
    /// </summary>
    public async Task<int> WithdrawAsync(int personId, string keyPrefix, string reason, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("""
            UPDATE sched_outbox SET status = 'withdrawn', last_error = @reason
            WHERE recipient_id = @p AND substr(dedup_key, 1, @n) = @prefix
              AND (status = 'held' OR (status IN ('pending', 'failed') AND lease_owner IS NULL AND delivered_bindings IS NULL))
            """).With("@reason", reason).With("@p", personId).With("@prefix", keyPrefix).With("@n", keyPrefix.Length);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// When the row under <paramref name="dedupKey"/> will first be tried, while it still waits for that (pending or
    /// failed, due later than <paramref name="now"/>); null when it is due now, already sent, in the mailbox or gone.
    /// </summary>
    public async Task<DateTimeOffset?> WaitingUntilAsync(string dedupKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT not_before FROM sched_outbox WHERE dedup_key = @k AND status IN ('pending', 'failed') AND not_before > @now")
            .With("@k", dedupKey).With("@now", now.ToUnixMs());
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : UnixMsColumns.FromUnixMs(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Extends the leases this owner still holds (rows claimed, not yet completed); returns how many.</summary>
    public async Task<int> RenewAsync(string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "UPDATE sched_outbox SET lease_until = @until WHERE lease_owner = @owner AND status IN ('pending', 'failed')")
            .With("@until", leaseUntil.ToUnixMs()).With("@owner", owner);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes outcomes of rows this owner still holds; a row whose lease was taken over is left to its new owner.</summary>
    public async Task CompleteAsync(string owner, IReadOnlyList<DeliveryOutcome> outcomes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (outcomes.Count == 0) return;
        // "dead" is for who can never be reached; a row for someone not bound yet is held. Refused before anything is written.
        if (outcomes.FirstOrDefault(o => o.Status == OutboxStatus.Dead && !OutboxDeadReasons.IsAllowed(o.Error)) is { } wrong)
            throw new InvalidOperationException($"Outbox row {wrong.Id} may not be written dead for '{wrong.Error}'; only {nameof(OutboxDeadReasons)} are reasons to give up.");
        // One piece of the process's write batches, as the inserts.
        await db.WriteAsync((connection, tx, ct) => MarkAsync(connection, tx, owner, outcomes, now, ct), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> MarkAsync(DbConnection connection, DbTransaction tx, string owner, IReadOnlyList<DeliveryOutcome> outcomes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = connection.PreparedCommand("""
            UPDATE sched_outbox SET status = @status, attempts = @attempts, not_before = @nb,
              sent_at = CASE WHEN @status = 'sent' THEN @now ELSE sent_at END,
              delivered_bindings = @bindings, last_error = @error, lease_owner = NULL, lease_until = NULL
            WHERE id = @id AND lease_owner = @owner
            """, tx);
        var pStatus = Param(command, "@status");
        var pAttempts = Param(command, "@attempts");
        var pNb = Param(command, "@nb");
        var pBindings = Param(command, "@bindings");
        var pError = Param(command, "@error");
        var pId = Param(command, "@id");
        command.With("@now", now.ToUnixMs()).With("@owner", owner);
        foreach (var o in outcomes)
        {
            pStatus.Value = o.Status;
            pAttempts.Value = o.Attempts;
            pNb.Value = o.NotBefore.ToUnixMs();
            pBindings.Value = o.DeliveredBindings.Count == 0 ? DBNull.Value : string.Join(',', o.DeliveredBindings);
            pError.Value = (object?)o.Error ?? DBNull.Value;
            pId.Value = o.Id;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return outcomes.Count;
    }

    /// <summary>
    /// Frees every lease. Only for a single-node store at startup: the previous process is gone, so what it held
    /// (claimed, maybe delivered, not marked sent) is delivered again now instead of after the lease runs out.
    /// </summary>
    public async Task<int> ReleaseAllLeasesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("UPDATE sched_outbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner IS NOT NULL AND status IN ('pending', 'failed')");
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<OutboxPage> ListAsync(string? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<string, long>();
        foreach (var s in OutboxStatus.All) counts[s] = 0;
        await using (var c = connection.Command("SELECT status, COUNT(*) FROM sched_outbox GROUP BY status"))
        await using (var r = await c.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) counts[r.GetString(0)] = r.GetInt64(1);
        }

        var total = status is null ? counts.Values.Sum() : counts.GetValueOrDefault(status);
        var where = status is null ? "" : "WHERE status = @status";
        await using var command = connection.Command($"""
            SELECT id, dedup_key, recipient_id, job, period, status, urgent, attempts, not_before, created_at, sent_at, last_error
            FROM sched_outbox {where} ORDER BY id DESC LIMIT @take OFFSET @skip
            """).With("@take", pageSize).With("@skip", (long)(page - 1) * pageSize);
        if (status is not null) command.With("@status", status);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<OutboxEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var sent = reader.GetNullableInt64(10);
            items.Add(new OutboxEntry(
                reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetInt32(6) != 0, reader.GetInt32(7), UnixMsColumns.FromUnixMs(reader.GetInt64(8)),
                UnixMsColumns.FromUnixMs(reader.GetInt64(9)), sent is null ? null : UnixMsColumns.FromUnixMs(sent.Value), reader.GetNullableString(11)));
        }

        return new OutboxPage(page, pageSize, total, counts, items);
    }

    private static DbParameter Param(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }

    private static HashSet<int> ParseBindings(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(',').Select(int.Parse).ToHashSet();
}
