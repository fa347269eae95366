using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// The WeChat channel's tables, created if missing the way the host's other tables are (<see cref="BotTables"/>):
/// plain SQL that SQLite and PostgreSQL both accept, times as Unix milliseconds.
/// </summary>
internal sealed class WeChatTables(IDbConnectionFactory db, ILogger<WeChatTables> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        if (_ready) return;
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_ready) return;
            string[] ddl =
            [
                // Every message WeChat posted, stored before we answer: the key (MsgId, or FromUserName+CreateTime for
                // events) makes WeChat's retries of the same message a no-op, and processed_at tells a restart what is left.
                """
                CREATE TABLE IF NOT EXISTS wechat_inbound (
                  dedup_key VARCHAR(400) PRIMARY KEY,
                  open_id VARCHAR(128) NOT NULL,
                  fields TEXT NOT NULL,
                  base_url VARCHAR(512) NOT NULL,
                  received_at BIGINT NOT NULL,
                  processed_at BIGINT NULL)
                """,
                "CREATE INDEX IF NOT EXISTS ix_wechat_inbound_open ON wechat_inbound (received_at) WHERE processed_at IS NULL",
                // The 48-hour customer-service window starts at a user's last message; unsubscribed users get nothing.
                """
                CREATE TABLE IF NOT EXISTS wechat_users (
                  open_id VARCHAR(128) PRIMARY KEY,
                  last_inbound_at BIGINT NOT NULL,
                  subscribed INTEGER NOT NULL,
                  updated_at BIGINT NOT NULL)
                """,
                // One access_token for every instance; lock_owner/lock_until let one instance refresh it at a time.
                """
                CREATE TABLE IF NOT EXISTS wechat_tokens (
                  app_id VARCHAR(64) PRIMARY KEY,
                  access_token TEXT NULL,
                  expires_at BIGINT NOT NULL,
                  refreshed_at BIGINT NOT NULL,
                  refreshes BIGINT NOT NULL,
                  lock_owner VARCHAR(128) NULL,
                  lock_until BIGINT NULL)
                """,
                // Images we uploaded as temporary media, by content hash, reused for their 3 days.
                """
                CREATE TABLE IF NOT EXISTS wechat_media (
                  content_hash VARCHAR(64) PRIMARY KEY,
                  media_id VARCHAR(256) NOT NULL,
                  created_at BIGINT NOT NULL)
                """,
                // The WeChat delivery of each outbox row: custom (customer-service) or template, with the last error code.
                """
                CREATE TABLE IF NOT EXISTS wechat_deliveries (
                  outbox_key VARCHAR(400) NOT NULL,
                  open_id VARCHAR(128) NOT NULL,
                  kind VARCHAR(32) NOT NULL,
                  method VARCHAR(16) NOT NULL,
                  status VARCHAR(16) NOT NULL,
                  errcode INTEGER NOT NULL,
                  template_msg_id VARCHAR(64) NULL,
                  updated_at BIGINT NOT NULL,
                  PRIMARY KEY (outbox_key, open_id))
                """,
                // WeChat's TEMPLATESENDJOBFINISH may arrive before the send's answer was recorded; kept here until it is.
                """
                CREATE TABLE IF NOT EXISTS wechat_template_results (
                  msg_id VARCHAR(64) PRIMARY KEY,
                  status VARCHAR(16) NOT NULL,
                  received_at BIGINT NOT NULL)
                """,
                // Daily counters: quota use per API, messages in and out, errors by code.
                """
                CREATE TABLE IF NOT EXISTS wechat_counters (
                  day VARCHAR(10) NOT NULL,
                  name VARCHAR(64) NOT NULL,
                  value BIGINT NOT NULL,
                  PRIMARY KEY (day, name))
                """,
            ];
            // Instances starting together on PostgreSQL would race the same CREATE TABLE IF NOT EXISTS: they take turns.
            await SchemaLock.RunAsync(db, async () =>
            {
                await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
                foreach (var sql in ddl)
                {
                    await using var cmd = connection.Command(sql);
                    await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            }, ct).ConfigureAwait(false);
            _ready = true;
            logger.LogInformation("WeChat tables ready on {Provider}", db.Provider);
        }
        finally
        {
            _gate.Release();
        }
    }
}
