using LeftBehind.Archive.Rights;
using LeftBehind.Archive.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

/// <summary>
/// The consent gate reads a person's refusal on every turn until they agree. The audit grows with every read of a
/// child's records, so that read must find the person's own entries by an index, not scan the whole audit (issue #16:
/// it slowed each binding more as the database grew).
/// </summary>
public sealed class ConsentStateReadTests
{
    [Fact]
    public async Task A_persons_refusal_is_found_by_the_actor_index_without_scanning_the_audit()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var mother = s.Mother.PersonId!.Value;
        await h.Get<IPersonRights>().RefuseConsentAsync(mother, "v1");
        await using var db = h.Db();

        // ToQueryString starts with the sqlite3 shell's ".param set" lines for the parameters; the statement follows.
        var sql = string.Join('\n', PersonRightsService.RefusalsOf(db, mother).ToQueryString().Split('\n').Where(l => !l.StartsWith('.')));
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, "@\\w+").Select(m => m.Value).Distinct()) explain.Parameters.AddWithValue(name, mother);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, p => p.Contains("INDEX IX_archive_audit_ActorPersonId_Action", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p.StartsWith("SCAN archive_audit", StringComparison.Ordinal) || p.StartsWith("SCAN a", StringComparison.Ordinal));
        Assert.False((await h.Get<IPersonRights>().GetConsentAsync(mother)).Given);
    }
}
