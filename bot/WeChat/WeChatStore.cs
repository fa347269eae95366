using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;

namespace LeftBehind.Bot.WeChat;

/// <summary>Reads and writes the WeChat channel's tables (their schema comes from the archive's migrations); writes go through the process's write path.</summary>
internal sealed class WeChatStore(IDbConnectionFactory db)
{
    /// <summary>Stores an inbound message; false when a message with this key is already stored (WeChat's retry).</summary>
    public async Task<bool> StoreInboundAsync(string key, string openId, string fieldsJson, string baseUrl, DateTimeOffset now, CancellationToken ct)
    {
        var inserted = await WriteAsync(async (c, tx, t) =>
        {
            await using var cmd = c.Command(
                "INSERT INTO wechat_inbound (dedup_key, open_id, fields, base_url, received_at) VALUES (@k, @o, @f, @b, @t) ON CONFLICT (dedup_key) DO NOTHING", tx,
                ("@k", key), ("@o", openId), ("@f", fieldsJson), ("@b", baseUrl), ("@t", now.ToUnixTimeMilliseconds()));
            var n = await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
            if (n == 1)
            {
                await using var user = c.Command("""
                    INSERT INTO wechat_users (open_id, last_inbound_at, subscribed, updated_at) VALUES (@o, @t, 1, @t)
                    ON CONFLICT (open_id) DO UPDATE SET last_inbound_at = @t, updated_at = @t
                    """, tx, ("@o", openId), ("@t", now.ToUnixTimeMilliseconds()));
                await user.ExecuteNonQueryAsync(t).ConfigureAwait(false);
            }
            return n;
        }, ct).ConfigureAwait(false);
        return inserted == 1;
    }

    /// <summary>Claims an inbound message for its turn: true for exactly one caller, however many instances or retries ask.</summary>
    public async Task<bool> ClaimInboundAsync(string key, DateTimeOffset now, CancellationToken ct) =>
        await WriteAsync(async (c, tx, t) =>
        {
            await using var cmd = c.Command("UPDATE wechat_inbound SET processed_at = @t WHERE dedup_key = @k AND processed_at IS NULL", tx,
                ("@k", key), ("@t", now.ToUnixTimeMilliseconds()));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct).ConfigureAwait(false) == 1;

    /// <summary>
    /// Takes over a message whose turn has not finished (never claimed, or claimed by an instance that died): true when it
    /// is not done. Called only under the message's cluster lock, which a live claimer holds until it marks it done.
    /// </summary>
    public async Task<bool> ReclaimInboundAsync(string key, DateTimeOffset now, CancellationToken ct) =>
        await WriteAsync(async (c, tx, t) =>
        {
            await using var cmd = c.Command("UPDATE wechat_inbound SET processed_at = @t WHERE dedup_key = @k AND done_at IS NULL", tx,
                ("@k", key), ("@t", now.ToUnixTimeMilliseconds()));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct).ConfigureAwait(false) == 1;

    /// <summary>The message's turn ran (or failed for good): no instance runs it again.</summary>
    public Task MarkInboundDoneAsync(string key, DateTimeOffset now, CancellationToken ct) =>
        WriteAsync(async (c, tx, t) =>
        {
            await using var cmd = c.Command("UPDATE wechat_inbound SET done_at = @t WHERE dedup_key = @k AND done_at IS NULL", tx,
                ("@k", key), ("@t", now.ToUnixTimeMilliseconds()));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct);

    /// <summary>Messages whose turn has not finished, oldest first: unclaimed ones, then claimed and not done.</summary>
    public async Task<IReadOnlyList<(string Key, string Fields, string BaseUrl)>> ListUnfinishedAsync(int limit, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct).ConfigureAwait(false);
        // Two index scans (ix_wechat_inbound_open, ix_wechat_inbound_unfinished), each over the few unfinished rows.
        await using var cmd = c.Command("""
            SELECT dedup_key, fields, base_url, received_at FROM (
              SELECT dedup_key, fields, base_url, received_at FROM wechat_inbound WHERE processed_at IS NULL
              UNION ALL
              SELECT dedup_key, fields, base_url, received_at FROM wechat_inbound WHERE processed_at IS NOT NULL AND done_at IS NULL
            ) u ORDER BY received_at LIMIT @n
            """, null, ("@n", limit));
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<(string, string, string)>();
        while (await r.ReadAsync(ct).ConfigureAwait(false)) rows.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
        return rows;
    }

    public async Task<int> CountInboundAsync(string key, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = c.Command("SELECT COUNT(*) FROM wechat_inbound WHERE dedup_key = @k", null, ("@k", key));
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task SetSubscribedAsync(string openId, bool subscribed, DateTimeOffset now, CancellationToken ct) =>
        await WriteAsync(async (c, tx, t) =>
        {
            await using var cmd = c.Command("""
                INSERT INTO wechat_users (open_id, last_inbound_at, subscribed, updated_at) VALUES (@o, @t, @s, @t)
                ON CONFLICT (open_id) DO UPDATE SET subscribed = @s, updated_at = @t
                """, tx, ("@o", openId), ("@t", now.ToUnixTimeMilliseconds()), ("@s", subscribed ? 1 : 0));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);

    /// <summary>When the user last wrote to us and whether they still follow the account; null for a user never seen.</summary>
    public async Task<(DateTimeOffset LastInbound, bool Subscribed)?> GetUserAsync(string openId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = c.Command("SELECT last_inbound_at, subscribed FROM wechat_users WHERE open_id = @o", null, ("@o", openId));
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false)) return null;
        return (DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(0)), r.GetInt64(1) != 0);
    }

    public async Task<string?> GetMediaAsync(string hash, DateTimeOffset createdAfter, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = c.Command("SELECT media_id FROM wechat_media WHERE content_hash = @h AND created_at > @t", null,
            ("@h", hash), ("@t", createdAfter.ToUnixTimeMilliseconds()));
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }

    public async Task SaveMediaAsync(string hash, string mediaId, DateTimeOffset now, CancellationToken ct) =>
        await WriteAsync(async (c, tx, t) =>
        {
            await using var cmd = c.Command("""
                INSERT INTO wechat_media (content_hash, media_id, created_at) VALUES (@h, @m, @t)
                ON CONFLICT (content_hash) DO UPDATE SET media_id = @m, created_at = @t
                """, tx, ("@h", hash), ("@m", mediaId), ("@t", now.ToUnixTimeMilliseconds()));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);

    public async Task RecordDeliveryAsync(string outboxKey, string openId, string kind, string method, string status, int errcode, string? templateMsgId, DateTimeOffset now, CancellationToken ct) =>
        await WriteAsync(async (c, tx, t) =>
        {
            // A template's result may already be here (WeChat reported it before we wrote down the send).
            await using var cmd = c.Command("""
                INSERT INTO wechat_deliveries (outbox_key, open_id, kind, method, status, errcode, template_msg_id, updated_at)
                VALUES (@k, @o, @kind, @m, COALESCE((SELECT status FROM wechat_template_results WHERE msg_id = @id), @s), @e, @id, @t)
                ON CONFLICT (outbox_key, open_id) DO UPDATE SET method = @m, status = COALESCE((SELECT status FROM wechat_template_results WHERE msg_id = @id), @s),
                  errcode = @e, template_msg_id = @id, updated_at = @t
                """, tx, ("@k", outboxKey), ("@o", openId), ("@kind", kind), ("@m", method), ("@s", status), ("@e", errcode), ("@id", templateMsgId), ("@t", now.ToUnixTimeMilliseconds()));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);

    public async Task UpdateTemplateResultAsync(string msgId, string status, DateTimeOffset now, CancellationToken ct) =>
        await WriteAsync(async (c, tx, t) =>
        {
            await using (var keep = c.Command("""
                INSERT INTO wechat_template_results (msg_id, status, received_at) VALUES (@id, @s, @t)
                ON CONFLICT (msg_id) DO UPDATE SET status = @s, received_at = @t
                """, tx, ("@id", msgId), ("@s", status), ("@t", now.ToUnixTimeMilliseconds())))
            {
                await keep.ExecuteNonQueryAsync(t).ConfigureAwait(false);
            }
            await using var cmd = c.Command("UPDATE wechat_deliveries SET status = @s, updated_at = @t WHERE template_msg_id = @id", tx,
                ("@id", msgId), ("@s", status), ("@t", now.ToUnixTimeMilliseconds()));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);

    public async Task<IReadOnlyList<WeChatDelivery>> ListDeliveriesAsync(string? openId, int limit, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct).ConfigureAwait(false);
        var where = openId is null ? "" : "WHERE open_id = @o";
        await using var cmd = c.Command($"SELECT outbox_key, open_id, kind, method, status, errcode, updated_at FROM wechat_deliveries {where} ORDER BY updated_at DESC LIMIT @n", null,
            ("@o", openId), ("@n", limit));
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<WeChatDelivery>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(new WeChatDelivery(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Convert.ToInt32(r.GetValue(5), System.Globalization.CultureInfo.InvariantCulture),
                DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6))));
        }
        return rows;
    }

    /// <summary>Adds one to a daily counter unless it already reached <paramref name="limit"/>; false means the limit was reached.</summary>
    public async Task<bool> TryConsumeAsync(string day, string name, long limit, CancellationToken ct) =>
        await WriteAsync(async (c, tx, t) =>
        {
            await using var cmd = c.Command("""
                INSERT INTO wechat_counters (day, name, value) VALUES (@d, @n, 1)
                ON CONFLICT (day, name) DO UPDATE SET value = wechat_counters.value + 1 WHERE wechat_counters.value < @limit
                """, tx, ("@d", day), ("@n", name), ("@limit", limit));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct).ConfigureAwait(false) == 1;

    public async Task AddAsync(string day, string name, long delta, CancellationToken ct) =>
        await WriteAsync(async (c, tx, t) =>
        {
            await using var cmd = c.Command("""
                INSERT INTO wechat_counters (day, name, value) VALUES (@d, @n, @v)
                ON CONFLICT (day, name) DO UPDATE SET value = wechat_counters.value + @v
                """, tx, ("@d", day), ("@n", name), ("@v", delta));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);

    /// <summary>Sets a counter to at least <paramref name="value"/> (WeChat said 45009: the day's quota is used up whatever we counted).</summary>
    public async Task RaiseToAsync(string day, string name, long value, CancellationToken ct) =>
        await WriteAsync(async (c, tx, t) =>
        {
            await using var cmd = c.Command("""
                INSERT INTO wechat_counters (day, name, value) VALUES (@d, @n, @v)
                ON CONFLICT (day, name) DO UPDATE SET value = @v WHERE wechat_counters.value < @v
                """, tx, ("@d", day), ("@n", name), ("@v", value));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);

    public async Task<IReadOnlyDictionary<string, long>> CountersAsync(string day, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = c.Command("SELECT name, value FROM wechat_counters WHERE day = @d ORDER BY name", null, ("@d", day));
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        while (await r.ReadAsync(ct).ConfigureAwait(false)) result[r.GetString(0)] = r.GetInt64(1);
        return result;
    }

    public async Task<WeChatTokenRow?> GetTokenAsync(string appId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = c.Command("SELECT access_token, expires_at, refreshed_at, refreshes FROM wechat_tokens WHERE app_id = @a", null, ("@a", appId));
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false)) return null;
        return new WeChatTokenRow(r.IsDBNull(0) ? null : r.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)),
            DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)), r.GetInt64(3));
    }

    /// <summary>Takes the refresh lock for <paramref name="owner"/> until <paramref name="until"/>; false while another instance holds it.</summary>
    public async Task<bool> TryLockTokenAsync(string appId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken ct) =>
        await WriteAsync(async (c, tx, t) =>
        {
            await using (var insert = c.Command("""
                INSERT INTO wechat_tokens (app_id, access_token, expires_at, refreshed_at, refreshes) VALUES (@a, NULL, 0, 0, 0)
                ON CONFLICT (app_id) DO NOTHING
                """, tx, ("@a", appId)))
            {
                await insert.ExecuteNonQueryAsync(t).ConfigureAwait(false);
            }
            await using var cmd = c.Command("""
                UPDATE wechat_tokens SET lock_owner = @o, lock_until = @u
                WHERE app_id = @a AND (lock_owner IS NULL OR lock_until < @now OR lock_owner = @o)
                """, tx, ("@a", appId), ("@o", owner), ("@u", until.ToUnixTimeMilliseconds()), ("@now", now.ToUnixTimeMilliseconds()));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct).ConfigureAwait(false) == 1;

    public async Task SaveTokenAsync(string appId, string owner, string token, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken ct) =>
        await WriteAsync(async (c, tx, t) =>
        {
            await using var cmd = c.Command("""
                UPDATE wechat_tokens SET access_token = @tok, expires_at = @e, refreshed_at = @now, refreshes = refreshes + 1, lock_owner = NULL, lock_until = NULL
                WHERE app_id = @a AND lock_owner = @o
                """, tx, ("@a", appId), ("@o", owner), ("@tok", token), ("@e", expiresAt.ToUnixTimeMilliseconds()), ("@now", now.ToUnixTimeMilliseconds()));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);

    public async Task ReleaseTokenLockAsync(string appId, string owner, CancellationToken ct) =>
        await WriteAsync(async (c, tx, t) =>
        {
            await using var cmd = c.Command("UPDATE wechat_tokens SET lock_owner = NULL, lock_until = NULL WHERE app_id = @a AND lock_owner = @o", tx, ("@a", appId), ("@o", owner));
            return await cmd.ExecuteNonQueryAsync(t).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);

    private Task<T> WriteAsync<T>(DbWork<T> work, CancellationToken ct) => db.WriteAsync(work, ct);
}
