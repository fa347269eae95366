using System.Text.Json;
using LeftBehind.Dialogs.Schema;
using Microsoft.Data.Sqlite;

namespace LeftBehind.Bench.WeChat;

/// <summary>
/// Turns the fan-out benchmark's seeded archive (every person bound to one channel) into WeChat users: each binding's
/// conversation becomes an openid on the WeChat channel, and a share of them wrote to the account an hour ago (inside
/// the 48-hour window; the rest never wrote, so they can only get a template). Returns the openids in the window.
/// </summary>
internal static class WeChatFanoutSeeder
{
    public static async Task<HashSet<string>> ConvertAsync(string connectionString, double inWindowShare, int seed)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        var rows = new List<(long Id, string User)>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = tx;
            select.CommandText = "SELECT Id, ChannelUserId FROM archive_channel_bindings";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        // The channel's own table as the archive's migrations create it (archive/Data/HostTables/WeChatTablesDdl.cs), filled here for the seed.
        await using (var ddl = connection.CreateCommand())
        {
            ddl.Transaction = tx;
            ddl.CommandText = "CREATE TABLE IF NOT EXISTS wechat_users (open_id VARCHAR(128) PRIMARY KEY, last_inbound_at BIGINT NOT NULL, subscribed INTEGER NOT NULL, updated_at BIGINT NOT NULL)";
            await ddl.ExecuteNonQueryAsync();
        }

        await using var update = connection.CreateCommand();
        update.Transaction = tx;
        update.CommandText = "UPDATE archive_channel_bindings SET ChannelId = 'wechat', ChannelUserId = $open, ConversationReferenceJson = $json WHERE Id = $id";
        var pOpen = update.Parameters.Add("$open", SqliteType.Text);
        var pJson = update.Parameters.Add("$json", SqliteType.Text);
        var pId = update.Parameters.Add("$id", SqliteType.Integer);
        await using var user = connection.CreateCommand();
        user.Transaction = tx;
        user.CommandText = "INSERT INTO wechat_users (open_id, last_inbound_at, subscribed, updated_at) VALUES ($open, $t, 1, $t)";
        var uOpen = user.Parameters.Add("$open", SqliteType.Text);
        user.Parameters.AddWithValue("$t", TimeProvider.System.GetUtcNow().AddHours(-1).ToUnixTimeMilliseconds());

        var random = new Random(seed);
        var inWindow = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, channelUser) in rows)
        {
            var openId = "o" + channelUser.PadLeft(27, '0');
            var reference = new ConversationReference
            {
                ChannelId = "wechat", ServiceUrl = "urn:leftbehind:wechat", User = new ChannelAccount { Id = openId }, Bot = new ChannelAccount { Id = "gh_bench" },
                Conversation = new ConversationAccount { Id = openId }, Locale = "zh-CN",
            };
            pOpen.Value = openId;
            pJson.Value = JsonSerializer.Serialize(reference, BotJson.Options);
            pId.Value = id;
            await update.ExecuteNonQueryAsync();
            if (random.NextDouble() < inWindowShare)
            {
                uOpen.Value = openId;
                await user.ExecuteNonQueryAsync();
                inWindow.Add(openId);
            }
        }

        await tx.CommitAsync();
        SqliteConnection.ClearAllPools();
        return inWindow;
    }
}
