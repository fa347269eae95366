using System.Globalization;
using System.Text;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LeftBehind.Archive.Rights;

/// <summary>
/// Erasure's last pass over the archive: wherever an erased name or phone number is quoted in free text (a note, a
/// care record, a timeline entry, a table added next year), the quote is replaced. The columns come from the EF model,
/// so a new table is covered the day it is added; identities (names of people, children, schools, codes) and keys are
/// not free text and are erased field by field by their owners, never by substring (王芳 must not change 王芳芳).
/// </summary>
internal static class ArchiveTextScrubber
{
    private static readonly HashSet<Type> Identities =
        [typeof(Person), typeof(Child), typeof(School), typeof(SchoolClass), typeof(Invite), typeof(InviteAttempt), typeof(Tip)];

    public static IEnumerable<(string Table, string Column)> FreeTextColumns(IModel model)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null || !table.StartsWith("archive_", StringComparison.Ordinal) || Identities.Contains(entity.ClrType)) continue;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType != typeof(string) || property.IsKey() || property.IsForeignKey() || property.GetContainingIndexes().Any(i => i.IsUnique)) continue;
                // jsonb (PostgreSQL) is not matched with LIKE; no archive column is JSON today.
                if (property.GetColumnType(store)?.Contains("json", StringComparison.OrdinalIgnoreCase) == true) continue;
                if (property.GetColumnName(store) is { } column) yield return (table, column);
            }
        }
    }

    public static async Task<int> ReplaceAsync(ArchiveDbContext db, IEnumerable<string> terms, string replacement, CancellationToken ct)
    {
        var changed = 0;
        var columns = FreeTextColumns(db.Model).ToList();
        foreach (var term in terms.Where(t => !string.IsNullOrWhiteSpace(t)).SelectMany(Variants).Distinct(StringComparer.Ordinal))
        {
            foreach (var (table, column) in columns)
            {
                var like = "%" + term.Replace("!", "!!", StringComparison.Ordinal).Replace("%", "!%", StringComparison.Ordinal).Replace("_", "!_", StringComparison.Ordinal) + "%";
#pragma warning disable EF1002 // Table and column names come from the EF model, never from input; values are parameters.
                changed += await db.Database.ExecuteSqlRawAsync(
                    $"UPDATE \"{table}\" SET \"{column}\" = REPLACE(\"{column}\", {{0}}, {{1}}) WHERE \"{column}\" LIKE {{2}} ESCAPE '!'", [term, replacement, like], ct);
#pragma warning restore EF1002
            }
        }
        return changed;
    }

    /// <summary>The text as written and as JSON escapes it (\u738b…).</summary>
    private static IEnumerable<string> Variants(string term)
    {
        yield return term;
        if (term.All(c => c < 128)) yield break;
        var sb = new StringBuilder();
        foreach (var c in term) sb.Append(c < 128 ? c.ToString() : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
        yield return sb.ToString();
    }
}
