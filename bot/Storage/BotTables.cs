using System.Data.Common;
using LeftBehind.Archive.Storage;

namespace LeftBehind.Bot.Storage;

/// <summary>
/// The host's own tables (Direct Line queue, uploads, signing key, trusted service URLs), created if missing.
/// Plain SQL that SQLite and PostgreSQL both accept; times are Unix milliseconds.
/// </summary>
internal sealed class BotTables(IDbConnectionFactory db, ILogger<BotTables> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public async ValueTask<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (!_ready) await EnsureCreatedAsync(ct).ConfigureAwait(false);
        return await db.OpenAsync(ct).ConfigureAwait(false);
    }

    public StorageProvider Provider => db.Provider;

    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        if (_ready) return;
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_ready) return;
            var blob = db.Provider == StorageProvider.Postgres ? "BYTEA" : "BLOB";
            await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
            string[] ddl =
            [
                """
                CREATE TABLE IF NOT EXISTS directline_conversations (
                  id VARCHAR(64) PRIMARY KEY,
                  user_id VARCHAR(256) NULL,
                  created_at BIGINT NOT NULL,
                  last_seq BIGINT NOT NULL DEFAULT 0)
                """,
                """
                CREATE TABLE IF NOT EXISTS directline_activities (
                  conversation_id VARCHAR(64) NOT NULL,
                  seq BIGINT NOT NULL,
                  activity TEXT NOT NULL,
                  created_at BIGINT NOT NULL,
                  PRIMARY KEY (conversation_id, seq))
                """,
                // An outbox key the bot already delivered into a conversation: a repeat of the same proactive message
                // (resent after a crash between delivery and the outbox's "sent" mark) is dropped, not shown twice.
                """
                CREATE TABLE IF NOT EXISTS directline_outbox_keys (
                  conversation_id VARCHAR(64) NOT NULL,
                  outbox_key TEXT NOT NULL,
                  seq BIGINT NOT NULL,
                  PRIMARY KEY (conversation_id, outbox_key))
                """,
                $"""
                CREATE TABLE IF NOT EXISTS directline_attachments (
                  id VARCHAR(64) PRIMARY KEY,
                  conversation_id VARCHAR(64) NOT NULL,
                  name VARCHAR(260) NULL,
                  content_type VARCHAR(200) NOT NULL,
                  content {blob} NOT NULL,
                  created_at BIGINT NOT NULL)
                """,
                "CREATE TABLE IF NOT EXISTS directline_settings (name VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS bot_trusted_service_urls (origin VARCHAR(512) PRIMARY KEY, first_seen BIGINT NOT NULL)",
            ];
            foreach (var sql in ddl)
            {
                await using var cmd = connection.CreateCommand();
                cmd.CommandText = sql;
                await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            _ready = true;
            logger.LogInformation("Host tables ready on {Provider}", db.Provider);
        }
        finally
        {
            _gate.Release();
        }
    }
}
