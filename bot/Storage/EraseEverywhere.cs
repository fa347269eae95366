using System.Data.Common;
using System.Globalization;
using System.Text;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Storage;
using LeftBehind.Bot.DirectLine;

namespace LeftBehind.Bot.Storage;

/// <summary>
/// Erasure that erases (issue #14): the archive anonymises the child (and anyone left with no child), then every other
/// table the service owns — the Direct Line queue and uploads, the outbox, dialog state, job records — loses every row
/// that names the child or an erased person, quotes their phone number, or belongs to an erased person's channel id;
/// their tokens are revoked. Finally the database file itself is rewritten (SQLite: VACUUM and a truncating checkpoint)
/// so the deleted text is not left on free pages. Counts (attendance days, questions asked) stay, without names.
/// </summary>
internal sealed class EraseEverywhere(IChildRightsService rights, IPersonRights persons, IBindingService bindings, IDbConnectionFactory db, DirectLineRevocations revocations, ILogger<EraseEverywhere> logger)
{
    public async Task<bool> EraseChildAsync(int childId, CancellationToken ct)
    {
        var export = await rights.ExportAsync(childId, ct).ConfigureAwait(false);
        if (export is null) return false;
        var childName = (string?)export["child"]?["name"];
        var family = export["family"]!.AsArray().Select(f => (Id: (int)f!["personId"]!, Name: (string?)f["name"], Phone: (string?)f["phone"])).ToList();
        var addresses = new Dictionary<int, IReadOnlyList<ChannelAddress>>();
        foreach (var member in family) addresses[member.Id] = await bindings.GetAddressesAsync(member.Id, ct).ConfigureAwait(false);

        if (!await rights.EraseAsync(childId, ct).ConfigureAwait(false)) return false;

        var erased = await ErasedPersonsAsync(family.Select(f => f.Id).ToList(), ct).ConfigureAwait(false);
        var terms = new List<string>();
        if (!string.IsNullOrWhiteSpace(childName)) terms.Add(childName);
        var channelUsers = new List<string>();
        foreach (var member in family.Where(f => erased.Contains(f.Id)))
        {
            if (!string.IsNullOrWhiteSpace(member.Name)) terms.Add(member.Name);
            if (!string.IsNullOrWhiteSpace(member.Phone)) terms.Add(member.Phone);
            channelUsers.AddRange(addresses[member.Id].Select(a => a.ChannelUserId));
        }
        foreach (var user in channelUsers) await revocations.RevokeUserAsync(user, ct).ConfigureAwait(false);
        var deleted = await ScrubAsync(terms, channelUsers, ct).ConfigureAwait(false);
        await CompactAsync(ct).ConfigureAwait(false);
        logger.LogInformation("Erased child {ChildId}: {Persons} persons erased, {Rows} rows deleted outside the archive", childId, erased.Count, deleted);
        return true;
    }

    /// <summary>
    /// Erases one person (a parent who leaves, a guardian who died, a teacher who left): the archive forgets them and
    /// their name and phone wherever quoted; every other table loses the rows that name them or belong to their channel
    /// ids; their tokens are revoked; the file is rewritten. Their children and the counts stay.
    /// </summary>
    public async Task<bool> ErasePersonAsync(int personId, CancellationToken ct)
    {
        var export = await persons.ExportAsync(personId, withChildren: false, ct).ConfigureAwait(false);
        if (export is null) return false;
        var terms = new[] { (string?)export["person"]?["name"], (string?)export["person"]?["phone"] }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList();
        var channelUsers = (await bindings.GetAddressesAsync(personId, ct).ConfigureAwait(false)).Select(a => a.ChannelUserId).ToList();
        if (!await persons.ErasePersonAsync(personId, ct).ConfigureAwait(false)) return false;
        foreach (var user in channelUsers) await revocations.RevokeUserAsync(user, ct).ConfigureAwait(false);
        var deleted = await ScrubAsync(terms, channelUsers, ct).ConfigureAwait(false);
        await CompactAsync(ct).ConfigureAwait(false);
        logger.LogInformation("Erased person {PersonId}: {Rows} rows deleted outside the archive", personId, deleted);
        return true;
    }

    private async Task<HashSet<int>> ErasedPersonsAsync(List<int> ids, CancellationToken ct)
    {
        var set = new HashSet<int>();
        if (ids.Count == 0) return set;
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        var list = string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        await using var cmd = connection.Command($"SELECT \"Id\" FROM archive_persons WHERE \"Id\" IN ({list}) AND \"ErasedAt\" IS NOT NULL");
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) set.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        return set;
    }

    /// <summary>Deletes matching rows from every table outside the archive (whose own erasure is field by field) and Quartz.</summary>
    private async Task<int> ScrubAsync(List<string> terms, List<string> channelUsers, CancellationToken ct)
    {
        var patterns = terms.SelectMany(Variants).Concat(channelUsers).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var deleted = 0;
        using (await db.EnterWriteAsync(ct).ConfigureAwait(false))
        {
            await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
            // Files and conversations of erased people go whole, whatever they contain.
            foreach (var user in channelUsers)
            {
                foreach (var sql in new[]
                {
                    "DELETE FROM directline_attachments WHERE conversation_id IN (SELECT id FROM directline_conversations WHERE user_id = @u)",
                    "DELETE FROM directline_outbox_keys WHERE conversation_id IN (SELECT id FROM directline_conversations WHERE user_id = @u)",
                    "DELETE FROM directline_activities WHERE conversation_id IN (SELECT id FROM directline_conversations WHERE user_id = @u)",
                    "DELETE FROM directline_conversations WHERE user_id = @u",
                })
                {
                    await using var cmd = connection.Command(sql, null, ("@u", user));
                    deleted += await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            }
            foreach (var (table, column) in await TextColumnsAsync(connection, ct).ConfigureAwait(false))
            {
                foreach (var pattern in patterns)
                {
                    var like = db.Provider == StorageProvider.Postgres ? "ILIKE" : "LIKE";
                    await using var cmd = connection.Command($"DELETE FROM \"{table}\" WHERE \"{column}\" {like} @p ESCAPE '!'", null, ("@p", "%" + EscapeLike(pattern) + "%"));
                    deleted += await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            }
        }
        return deleted;
    }

    private async Task<List<(string Table, string Column)>> TextColumnsAsync(DbConnection connection, CancellationToken ct)
    {
        var columns = new List<(string, string)>();
        if (db.Provider == StorageProvider.Postgres)
        {
            await using var cmd = connection.Command(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')");
            await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false)) columns.Add((reader.GetString(0), reader.GetString(1)));
        }
        else
        {
            var tables = new List<string>();
            await using (var cmd = connection.Command("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'"))
            await using (var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(ct).ConfigureAwait(false)) tables.Add(reader.GetString(0));
            }
            foreach (var table in tables)
            {
                await using var info = connection.Command($"SELECT name, type FROM pragma_table_info('{table.Replace("'", "''", StringComparison.Ordinal)}')");
                await using var reader = await info.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    var type = reader.GetString(1).ToUpperInvariant();
                    if (type.Contains("CHAR", StringComparison.Ordinal) || type.Contains("TEXT", StringComparison.Ordinal) || type.Length == 0) columns.Add((table, reader.GetString(0)));
                }
            }
        }
        // The archive erases field by field (keeping counts); Quartz holds schedules, not people; migrations are code.
        return columns.Where(c => !c.Item1.StartsWith("archive_", StringComparison.OrdinalIgnoreCase)
                                  && !c.Item1.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase)
                                  && !c.Item1.StartsWith("__EF", StringComparison.OrdinalIgnoreCase)
                                  && c.Item1 != "directline_settings").ToList();
    }

    /// <summary>SQLite: rewrite the file so deleted text leaves no free pages behind, and empty the WAL into it.</summary>
    private async Task CompactAsync(CancellationToken ct)
    {
        if (db.Provider != StorageProvider.Sqlite) return; // PostgreSQL: VACUUM is the operator's (docs/security.md runbook).
        using (await db.EnterWriteAsync(ct).ConfigureAwait(false))
        {
            await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
            await using (var vacuum = connection.Command("VACUUM")) await vacuum.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            await using var checkpoint = connection.Command("PRAGMA wal_checkpoint(TRUNCATE)");
            await checkpoint.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>The text as stored raw and as JSON escapes it (\u738b… in either case).</summary>
    private static IEnumerable<string> Variants(string term)
    {
        yield return term;
        if (term.All(c => c < 128)) yield break;
        var sb = new StringBuilder();
        foreach (var c in term) sb.Append(c < 128 ? c.ToString() : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
        yield return sb.ToString();
    }

    private static string EscapeLike(string s) => s.Replace("!", "!!", StringComparison.Ordinal).Replace("%", "!%", StringComparison.Ordinal).Replace("_", "!_", StringComparison.Ordinal);
}
