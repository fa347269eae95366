using System.Net;
using System.Text;
using System.Text.Json;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
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

    public ErasureTests()
    {
        _factory.Settings["Storage:SeedDemoData"] = "true";
        // The families answer the consent question in the chat, as a real family would.
        _factory.Settings["Storage:DemoFamiliesConsented"] = "false";
    }

    public void Dispose() => _factory.Dispose();

    private async Task<List<JsonElement>> SayAsync(DirectLineClient dl, string conversationId, string text, int expectedReplies, string userId = "dl_aunt")
    {
        var before = (await dl.GetAsync(conversationId, "")).Activities.Count;
        var body = JsonSerializer.Serialize(new { type = "message", from = new { id = userId }, text, locale = "zh-CN" });
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
        await SayAsync(dl, conversationId, "同意", 1);
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


    /// <summary>
    /// Erasing a person (the father, 王建军, 13800000001), not a child: he used the chat, and rows naming him were
    /// written to the tables added since child erasure (SMS sends and opt-outs, channel and tip preferences, the
    /// emergency timeline, care records, weekly talks, a teacher's note). Every table of the EF model and the raw file
    /// are then searched; his children keep their records.
    /// </summary>
    [Fact]
    public async Task Erasing_a_person_leaves_their_name_and_phone_in_no_table_of_the_model_nor_in_the_database_file()
    {
        string[] traces = ["王建军", "13800000001", "广东深圳"];
        var client = _factory.CreateClient();
        var dl = new DirectLineClient(client);
        var conversationId = await dl.StartAsync("""{"user":{"id":"dl_dad"},"locale":"zh-CN"}""");
        await SayAsync(dl, conversationId, "BABA23", 2, "dl_dad");
        await SayAsync(dl, conversationId, "同意", 2, "dl_dad");
        await SayAsync(dl, conversationId, "我是王建军，电话13800000001，想问老师小明最近作业多不多", 1, "dl_dad");

        var dbs = _factory.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
        int fatherId, mingId, teacherId;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            fatherId = await db.Persons.Where(p => p.Name == "王建军").Select(p => p.Id).SingleAsync();
            mingId = await db.Children.Where(c => c.Name == "王小明").Select(c => c.Id).SingleAsync();
            teacherId = await db.Persons.Where(p => p.Name == "李红梅").Select(p => p.Id).SingleAsync();
            var now = _factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            // The tables added since erasure was written, each holding him as its features would.
            db.ChannelSends.Add(new ChannelSend { Channel = "sms", OutboxKey = "k-dad-1", Reference = "r1", PersonId = fatherId, Phone = "13800000001", Provider = "tencent", Kind = "notice", CreatedAt = now, UpdatedAt = now });
            db.PhoneOptOuts.Add(new PhoneOptOut { Phone = "13800000001", Keyword = "TD", OptedOutAt = now });
            if (!await db.ChannelPreferences.AnyAsync(p => p.PersonId == fatherId)) db.ChannelPreferences.Add(new ChannelPreference { PersonId = fatherId, Preferred = PreferredChannel.Sms, UpdatedAt = now });
            if (!await db.TipOptOuts.AnyAsync(p => p.PersonId == fatherId)) db.TipOptOuts.Add(new TipOptOut { PersonId = fatherId, Keyword = "不要小贴士", StoppedAt = now });
            db.Notes.Add(new TeacherNote { ChildId = mingId, AuthorId = teacherId, Category = NoteCategory.Emotion, Kind = NoteKind.Note, Visibility = NoteVisibility.StaffOnly, Text = "王建军来电（13800000001），说春节回家。", CreatedAt = now });
            db.CareConcerns.Add(new CareConcern { ChildId = mingId, Kind = CareConcernKind.GuardianGap, Reason = "manual", Text = "王建军说奶奶住院了", RaisedById = teacherId, RaisedAt = now, DueAt = now.AddDays(1) });
            db.WeeklyTalks.Add(new WeeklyTalk { ChildId = mingId, TeacherId = teacherId, WeekOf = DateOnly.FromDateTime(now.UtcDateTime), Note = "想爸爸王建军", RecordedAt = now });
            var emergency = new Emergency { ChildId = mingId, RaisedById = fatherId, Text = "王建军：孩子没接电话", RaisedAt = now };
            emergency.Events.Add(new EmergencyEvent { At = now, Kind = EmergencyEventKind.Raised, PersonId = fatherId, Text = "王建军 13800000001 打来" });
            db.Emergencies.Add(emergency);
            await db.SaveChangesAsync();
        }
        var dbPath = Path.Combine(_factory.DataDirectory, "leftbehind.db");
        Assert.True(await TableHitsAsync(dbPath, traces) >= 10, "his use and the seeded rows should be in the database before erasure");

        var erase = await _factory.CreateAdminClient().PostAsync($"/admin/persons/{fatherId}/erase", null);
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);

        // The tables come from the EF model: a table added next year is searched without anyone remembering it, and a
        // table that is in the file but not in the model (so erasure could not know it) fails the test.
        List<string> modelTables;
        await using (var db = await dbs.CreateDbContextAsync())
            modelTables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        var fileTables = await SqliteTablesAsync(dbPath);
        var unknown = fileTables.Where(t => !modelTables.Contains(t) && !t.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase) && t is not "__EFMigrationsHistory" and not "__EFMigrationsLock" and not "archive_ef_migrations" and not "sqlite_sequence").ToList();
        Assert.True(unknown.Count == 0, "tables outside the EF model: " + string.Join(", ", unknown));
        Assert.Equal(0, await TableHitsAsync(dbPath, traces, modelTables));
        foreach (var file in new[] { dbPath, dbPath + "-wal" }.Where(File.Exists))
        {
            var bytes = await ReadSharedAsync(file);
            foreach (var trace in traces)
            {
                Assert.True(IndexOf(bytes, Encoding.UTF8.GetBytes(trace)) < 0, $"{trace} still in {Path.GetFileName(file)}");
                Assert.True(IndexOf(bytes, Encoding.Unicode.GetBytes(trace)) < 0, $"{trace} (UTF-16) still in {Path.GetFileName(file)}");
            }
        }

        // His tokens are void; his children and their counts stay.
        Assert.Equal(HttpStatusCode.Forbidden, (await dl.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities")).Response.StatusCode);
        await using (var db = await dbs.CreateDbContextAsync())
        {
            Assert.Equal("王小明", await db.Children.Where(c => c.Id == mingId).Select(c => c.Name).SingleAsync());
            Assert.Equal(1, await db.Emergencies.CountAsync(e => e.ChildId == mingId));
            Assert.Equal(0, await db.FamilyLinks.CountAsync(f => f.PersonId == fatherId));
            Assert.NotNull(await db.Persons.Where(p => p.Id == fatherId).Select(p => p.ErasedAt).SingleAsync());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateAdminClient().PostAsync($"/admin/persons/{fatherId}/erase", null)).StatusCode);
    }

    private static async Task<List<string>> SqliteTablesAsync(string dbPath)
    {
        await using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }

    /// <summary>Every column of every table, read as text, searched for every trace.</summary>
    private static Task<int> TableHitsAsync(string dbPath) => TableHitsAsync(dbPath, Traces);

    private static async Task<int> TableHitsAsync(string dbPath, string[] traces, IReadOnlyList<string>? only = null)
    {
        var tables = only ?? await SqliteTablesAsync(dbPath);
        await using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
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
                    if (traces.Any(t => value.Contains(t, StringComparison.Ordinal) || unescaped.Contains(t, StringComparison.Ordinal))) hits++;
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
