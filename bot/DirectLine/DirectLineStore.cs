using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// The durable Direct Line queue: every activity of a conversation (the user's echoes, the bot's replies, proactive
/// messages) gets the next sequence number in one transaction; its id is <c>{conversationId}|{seq:0000000}</c> and the
/// watermark a client holds is the last sequence it saw.
/// </summary>
internal sealed class DirectLineStore(IDbConnectionFactory db, TimeProvider time)
{
    /// <summary>A write on the host's tables (on SQLite group-committed on the process's writer connection).</summary>
    private Task<T> WriteAsync<T>(DbWork<T> work, CancellationToken ct) => db.WriteAsync(work, ct);

    public async Task CreateConversationAsync(string conversationId, string? userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await WriteAsync(async (connection, tx, token) =>
        {
            await using var cmd = connection.Command(
                "INSERT INTO directline_conversations (id, user_id, created_at, last_seq) VALUES (@id, @u, @t, 0) ON CONFLICT (id) DO NOTHING", tx,
                ("@id", conversationId), ("@u", userId), ("@t", now));
            var created = await cmd.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            await using var turns = connection.Command(
                "INSERT INTO directline_turns (conversation_id, turn_seq) VALUES (@id, 0) ON CONFLICT (conversation_id) DO NOTHING", tx, ("@id", conversationId));
            await turns.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            return created;
        }, ct).ConfigureAwait(false);
    }

    /// <summary>The sequence number of the last user activity whose turn ran; null for a conversation from before turn tracking.</summary>
    public async Task<long?> GetTurnSeqAsync(string conversationId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command("SELECT turn_seq FROM directline_turns WHERE conversation_id = @c", null, ("@c", conversationId));
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) is { } v and not DBNull ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Called under the conversation's turn lock only, so the value never goes backwards.</summary>
    public Task SetTurnSeqAsync(string conversationId, long seq, CancellationToken ct) =>
        WriteAsync(async (connection, tx, token) =>
        {
            await using var cmd = connection.Command(
                "INSERT INTO directline_turns (conversation_id, turn_seq) VALUES (@c, @s) ON CONFLICT (conversation_id) DO UPDATE SET turn_seq = excluded.turn_seq", tx,
                ("@c", conversationId), ("@s", seq));
            return await cmd.ExecuteNonQueryAsync(token).ConfigureAwait(false);
        }, ct);

    /// <summary>The user's activities (those addressed to the bot) with a sequence number in (<paramref name="after"/>, <paramref name="upTo"/>], oldest first.</summary>
    public async Task<List<Activity>> ReadInboundAsync(string conversationId, long after, long upTo, string botId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command(
            "SELECT activity FROM directline_activities WHERE conversation_id = @c AND seq > @a AND seq <= @u ORDER BY seq", null,
            ("@c", conversationId), ("@a", after), ("@u", upTo));
        var list = new List<Activity>();
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var a = JsonSerializer.Deserialize<Activity>(reader.GetString(0), BotJson.Options);
            if (a is not null && string.Equals(a.Recipient?.Id, botId, StringComparison.Ordinal)) list.Add(a);
        }
        return list;
    }

    public static long SeqOf(string activityId) =>
        long.Parse(activityId.AsSpan(activityId.LastIndexOf('|') + 1), NumberStyles.None, CultureInfo.InvariantCulture);

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command("SELECT 1 FROM directline_conversations WHERE id = @id", null, ("@id", conversationId));
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null;
    }

    /// <summary>The user recorded on the conversation; null when it does not exist or nobody has joined it yet.</summary>
    public async Task<string?> UserOfAsync(string conversationId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command("SELECT user_id FROM directline_conversations WHERE id = @id", null, ("@id", conversationId));
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }

    /// <summary>Records the conversation's user on first sight; true when this call did (the user just joined).</summary>
    public async Task<bool> ClaimUserAsync(string conversationId, string userId, CancellationToken ct)
    {
        // Every post asks; almost always the user is already recorded, and a read does not queue behind the writer.
        await using (var connection = await db.OpenAsync(ct).ConfigureAwait(false))
        {
            await using var read = connection.Command("SELECT user_id FROM directline_conversations WHERE id = @id", null, ("@id", conversationId));
            if (await read.ExecuteScalarAsync(ct).ConfigureAwait(false) is not (null or DBNull)) return false;
        }
        return await WriteAsync(async (connection, tx, token) =>
        {
            await using var cmd = connection.Command(
                "UPDATE directline_conversations SET user_id = @u WHERE id = @id AND user_id IS NULL", tx, ("@u", userId), ("@id", conversationId));
            return await cmd.ExecuteNonQueryAsync(token).ConfigureAwait(false) == 1;
        }, ct).ConfigureAwait(false);
    }

    /// <summary>Stamps id (and timestamp if missing) and stores the activity; null when the conversation does not exist.</summary>
    public Task<Activity?> AppendAsync(Activity activity, CancellationToken ct) => AppendAsync(activity, null, ct);

    /// <summary>
    /// Stores a user's activity as <see cref="AppendAsync(Activity, CancellationToken)"/> and, in the same transaction,
    /// marks the conversation's turn as due (<c>directline_turns.inbound_seq</c>): if the instance that stored it dies
    /// before the turn ran, another one finds it (<see cref="ListDueAsync"/>).
    /// </summary>
    public Task<Activity?> AppendInboundAsync(Activity activity, CancellationToken ct) => AppendAsync(activity, null, inbound: true, ct);

    /// <summary>Conversations with a stored user activity whose turn has not run (or is running now).</summary>
    public async Task<List<string>> ListDueAsync(int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command(
            "SELECT conversation_id FROM directline_turns WHERE inbound_seq > turn_seq LIMIT @n", null, ("@n", limit));
        var list = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) list.Add(reader.GetString(0));
        return list;
    }

    /// <summary>The last user activity whose turn ran and the last one stored; null when the conversation has no turn row.</summary>
    public async Task<(long TurnSeq, long InboundSeq)?> GetTurnProgressAsync(string conversationId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command("SELECT turn_seq, inbound_seq FROM directline_turns WHERE conversation_id = @c", null, ("@c", conversationId));
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false)) return null;
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>
    /// As <see cref="AppendAsync(Activity, CancellationToken)"/>; with an <paramref name="outboxKey"/> (the bot's proactive
    /// messages) a second append of the same key to the same conversation stores nothing and returns the first one, so a
    /// message the scheduler resends after a crash reaches the user once and keeps its id.
    /// </summary>
    public Task<Activity?> AppendAsync(Activity activity, string? outboxKey, CancellationToken ct) => AppendAsync(activity, outboxKey, inbound: false, ct);

    private async Task<Activity?> AppendAsync(Activity activity, string? outboxKey, bool inbound, CancellationToken ct)
    {
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("activity has no conversation", nameof(activity));
        // SQLite: group-committed on the process's writer connection. PostgreSQL: the row lock taken by the UPDATE
        // orders concurrent appends to one conversation, which is also what makes the key check safe: a concurrent
        // append of the same key waits for the first one's commit and then finds its key.
        var now = time.GetUtcNow();
        try
        {
            return await WriteAsync<Activity?>(async (connection, tx, token) =>
            {
                await using var next = connection.Command(
                    "UPDATE directline_conversations SET last_seq = last_seq + 1 WHERE id = @id RETURNING last_seq", tx, ("@id", conversationId));
                var seqObj = await next.ExecuteScalarAsync(token).ConfigureAwait(false);
                if (seqObj is null or DBNull) return null;
                var seq = Convert.ToInt64(seqObj, CultureInfo.InvariantCulture);
                if (outboxKey is not null)
                {
                    await using var claim = connection.Command(
                        "INSERT INTO directline_outbox_keys (conversation_id, outbox_key, seq) VALUES (@c, @k, @s) ON CONFLICT (conversation_id, outbox_key) DO NOTHING", tx,
                        ("@c", conversationId), ("@k", outboxKey), ("@s", seq));
                    // Throwing undoes this write alone (its savepoint or transaction), including the sequence number taken above.
                    if (await claim.ExecuteNonQueryAsync(token).ConfigureAwait(false) == 0) throw new OutboxKeyAlreadyStoredException();
                }
                var stored = activity with { Id = ActivityId(conversationId, seq), Timestamp = activity.Timestamp ?? now };
                await using var insert = connection.Command(
                    "INSERT INTO directline_activities (conversation_id, seq, activity, created_at) VALUES (@c, @s, @a, @t)", tx,
                    ("@c", conversationId), ("@s", seq), ("@a", JsonSerializer.Serialize(stored, BotJson.Options)), ("@t", now.ToUnixTimeMilliseconds()));
                await insert.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                if (inbound)
                {
                    await using var due = connection.Command(
                        "UPDATE directline_turns SET inbound_seq = @s WHERE conversation_id = @c AND inbound_seq < @s", tx, ("@c", conversationId), ("@s", seq));
                    await due.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                }
                return stored;
            }, ct).ConfigureAwait(false);
        }
        catch (OutboxKeyAlreadyStoredException)
        {
            await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
            return await ReadByOutboxKeyAsync(connection, conversationId, outboxKey!, ct).ConfigureAwait(false);
        }
    }

    private static async Task<Activity> ReadByOutboxKeyAsync(DbConnection connection, string conversationId, string outboxKey, CancellationToken ct)
    {
        await using var cmd = connection.Command(
            """
            SELECT a.activity FROM directline_outbox_keys k
            JOIN directline_activities a ON a.conversation_id = k.conversation_id AND a.seq = k.seq
            WHERE k.conversation_id = @c AND k.outbox_key = @k
            """, null, ("@c", conversationId), ("@k", outboxKey));
        var json = await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) as string
                   ?? throw new InvalidOperationException("Direct Line outbox key without its activity");
        return JsonSerializer.Deserialize<Activity>(json, BotJson.Options) ?? throw new InvalidOperationException("Direct Line activity unreadable");
    }

    /// <summary>Activities after the watermark, oldest first, and the new watermark.</summary>
    public async Task<(List<Activity> Activities, long Watermark)> ReadAsync(string conversationId, long after, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command(
            "SELECT seq, activity FROM directline_activities WHERE conversation_id = @c AND seq > @w ORDER BY seq LIMIT @n", null,
            ("@c", conversationId), ("@w", after), ("@n", limit));
        var list = new List<Activity>();
        var watermark = after;
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            watermark = reader.GetInt64(0);
            var a = JsonSerializer.Deserialize<Activity>(reader.GetString(1), BotJson.Options);
            if (a is not null) list.Add(a);
        }
        return (list, watermark);
    }

    /// <summary>
    /// The language the conversation is in: that of its newest activity carrying one (the bot's replies carry the
    /// person's chosen language, Web Chat's messages the page's); null when none does.
    /// </summary>
    public async Task<string?> LatestLocaleAsync(string conversationId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command(
            "SELECT activity FROM directline_activities WHERE conversation_id = @c ORDER BY seq DESC LIMIT @n", null,
            ("@c", conversationId), ("@n", LocaleLookBack));
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            if (JsonSerializer.Deserialize<Activity>(reader.GetString(0), BotJson.Options)?.Locale is { Length: > 0 } locale) return locale;
        }
        return null;
    }

    /// <summary>How many of the newest activities are looked at for the conversation's language.</summary>
    private const int LocaleLookBack = 20;

    public async Task<string> SaveAttachmentAsync(string conversationId, string? name, string contentType, byte[] content, CancellationToken ct)
    {
        var id = Guid.NewGuid().ToString("n");
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await WriteAsync(async (connection, tx, token) =>
        {
            await using var cmd = connection.Command(
                "INSERT INTO directline_attachments (id, conversation_id, name, content_type, content, created_at) VALUES (@id, @c, @n, @ct, @b, @t)", tx,
                ("@id", id), ("@c", conversationId), ("@n", name), ("@ct", contentType), ("@b", content), ("@t", now));
            return await cmd.ExecuteNonQueryAsync(token).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
        return id;
    }

    public async Task<(string ContentType, string? Name, byte[] Content)?> GetAttachmentAsync(string id, TimeSpan retention, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command(
            "SELECT content_type, name, content FROM directline_attachments WHERE id = @id AND created_at > @since", null,
            ("@id", id), ("@since", (time.GetUtcNow() - retention).ToUnixTimeMilliseconds()));
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false)) return null;
        return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), (byte[])reader.GetValue(2));
    }

    /// <summary>Files and bytes stored in the last <paramref name="window"/> by this user (or in this conversation).</summary>
    public async Task<(long Count, long Bytes)> UploadUsageAsync(string conversationId, string? userId, TimeSpan window, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        var whose = userId is null ? "a.conversation_id = @c" : "(a.conversation_id = @c OR c.user_id = @u)";
        await using var cmd = connection.Command(
            $"""
            SELECT COUNT(*), COALESCE(SUM(LENGTH(a.content)), 0) FROM directline_attachments a
            JOIN directline_conversations c ON c.id = a.conversation_id
            WHERE a.created_at > @since AND {whose}
            """, null, ("@since", (object?)(time.GetUtcNow() - window).ToUnixTimeMilliseconds()), ("@c", conversationId), ("@u", userId ?? string.Empty));
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await reader.ReadAsync(ct).ConfigureAwait(false);
        return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
    }

    /// <summary>Deletes files past their retention; the number deleted.</summary>
    public async Task<int> DeleteExpiredAttachmentsAsync(TimeSpan retention, CancellationToken ct)
    {
        var before = (time.GetUtcNow() - retention).ToUnixTimeMilliseconds();
        return await WriteAsync(async (connection, tx, token) =>
        {
            await using var cmd = connection.Command("DELETE FROM directline_attachments WHERE created_at <= @t", tx, ("@t", before));
            return await cmd.ExecuteNonQueryAsync(token).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
    }

    public static string ActivityId(string conversationId, long seq) => conversationId + "|" + seq.ToString("D7", CultureInfo.InvariantCulture);

}
