using System.Net;
using System.Text;
using System.Text.Json;
using LeftBehind.Archive.Data;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// Issue #14, item 6: erasing a child leaves no trace of the child's name or the family's names and phone numbers in any
/// table nor anywhere in the database file, after the family really used the service through the real bot.
/// </summary>
public sealed class ErasureTests : IDisposable
{
    private static readonly string[] Traces = ["张浩然", "张桂兰", "13907310004", "13800000005", "13800000006"];
    private readonly LeftBehindFactory _factory = new() { EnvironmentName = "Development" };

    public ErasureTests() => _factory.Settings["Storage:SeedDemoData"] = "true";

    public void Dispose() => _factory.Dispose();

    private async Task<List<JsonElement>> SayAsync(DirectLineClient dl, string conversationId, string text, int expectedReplies)
    {
        var before = (await dl.GetAsync(conversationId, "")).Activities.Count;
        var body = JsonSerializer.Serialize(new { type = "message", from = new { id = "dl_aunt" }, text, locale = "zh-CN" });
        Assert.Equal(HttpStatusCode.OK, (await dl.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", body)).Response.StatusCode);
        // The POST answers once the turn ran (or after its acknowledgement time); once the turn has finished its replies are in the queue.
        await HostSignals.TurnsDoneAsync(_factory.Services);
        var all = (await dl.GetAsync(conversationId, "")).Activities;
        Assert.True(all.Count >= before + 1 + expectedReplies, $"{all.Count - before - 1} replies, expected {expectedReplies}");
        return all;
    }

    [Fact]
    public async Task Erasing_a_child_leaves_no_name_or_phone_number_in_any_table_or_in_the_database_file()
    {
        var client = _factory.CreateClient();
        var dl = new DirectLineClient(client);
        var conversationId = await dl.StartAsync("""{"user":{"id":"dl_aunt"},"locale":"zh-CN"}""");
        await SayAsync(dl, conversationId, "GUGU28", 1);
        await SayAsync(dl, conversationId, "张浩然今天发烧了请假，我的电话13907310004", 1);
        await SayAsync(dl, conversationId, "浩然这周上学了吗", 1);

        var dbPath = Path.Combine(_factory.DataDirectory, "leftbehind.db");
        Assert.True(await TableHitsAsync(dbPath) > 0, "the family's use should have left their data in the database before erasure");

        int childId;
        await using (var db = await _factory.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync())
            childId = await db.Children.Where(c => c.StudentNumber == "2023004").Select(c => c.Id).SingleAsync();
        var erase = await _factory.CreateAdminClient().PostAsync($"/admin/children/{childId}/erase", null);
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);

        Assert.Equal(0, await TableHitsAsync(dbPath));
        foreach (var file in new[] { dbPath, dbPath + "-wal" }.Where(File.Exists))
        {
            var bytes = await ReadSharedAsync(file);
            foreach (var trace in Traces)
            {
                Assert.True(IndexOf(bytes, Encoding.UTF8.GetBytes(trace)) < 0, $"{trace} still in {Path.GetFileName(file)}");
                Assert.True(IndexOf(bytes, Encoding.Unicode.GetBytes(trace)) < 0, $"{trace} (UTF-16) still in {Path.GetFileName(file)}");
            }
        }

        // The old conversation's token no longer works, and counts stay: the child's row is there, nameless.
        Assert.Equal(HttpStatusCode.Forbidden, (await dl.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities")).Response.StatusCode);
        await using (var db = await _factory.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync())
            Assert.NotNull(await db.Children.SingleOrDefaultAsync(c => c.Id == childId));
    }

    /// <summary>Every column of every table, read as text, searched for every trace.</summary>
    private static async Task<int> TableHitsAsync(string dbPath)
    {
        await using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var hits = 0;
        foreach (var table in tables)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.IsDBNull(i)) continue;
                    var value = reader.GetValue(i) is byte[] b ? Encoding.UTF8.GetString(b) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
                    var unescaped = value.Contains("\\u", StringComparison.OrdinalIgnoreCase) ? System.Text.RegularExpressions.Regex.Unescape(value) : value;
                    if (Traces.Any(t => value.Contains(t, StringComparison.Ordinal) || unescaped.Contains(t, StringComparison.Ordinal))) hits++;
                }
            }
        }
        return hits;
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var ms = new MemoryStream();
        await stream.CopyToAsync(ms);
        return ms.ToArray();
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
