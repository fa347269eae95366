using System.Text.Json;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Scheduler.Recipients;

/// <summary>Recipients and their channel bindings read from the family archive, in chunks so a county-wide run stays cheap.</summary>
internal sealed class ArchiveRecipientDirectory(IDbContextFactory<ArchiveDbContext> dbs, ILogger<ArchiveRecipientDirectory> logger) : IRecipientDirectory
{
    private const int Chunk = 1000;

    public async Task<IReadOnlyDictionary<int, Recipient>> GetRecipientsAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, Recipient>(personIds.Count);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in personIds.Distinct().Chunk(Chunk))
        {
            var people = await (
                from p in db.Persons.AsNoTracking()
                where chunk.Contains(p.Id) && p.ErasedAt == null
                join s in db.Schools on p.SchoolId equals s.Id into schools
                from s in schools.DefaultIfEmpty()
                join pref in db.Preferences on p.Id equals pref.PersonId into prefs
                from pref in prefs.DefaultIfEmpty()
                select new { p.Id, p.Kind, SchoolZone = s == null ? null : s.TimeZone, Pref = pref })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var p in people)
            {
                var role = p.Kind switch
                {
                    PersonKind.Parent => RecipientRole.Parent,
                    PersonKind.Guardian => RecipientRole.Guardian,
                    _ => RecipientRole.Teacher,
                };
                QuietWindow? quiet = p.Pref is { QuietStart: { } start, QuietEnd: { } end } ? new QuietWindow(start, end) : null;
                result[p.Id] = new Recipient(
                    p.Id,
                    role,
                    p.Pref?.Locale ?? "zh-CN",
                    p.Pref?.TimeZone ?? p.SchoolZone,
                    quiet,
                    p.Pref?.LowLiteracy ?? role == RecipientRole.Guardian);
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RecipientBinding>>> GetBindingsAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, IReadOnlyList<RecipientBinding>>(personIds.Count);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in personIds.Distinct().Chunk(Chunk))
        {
            var rows = await db.ChannelBindings.AsNoTracking()
                .Where(b => chunk.Contains(b.PersonId))
                .Select(b => new { b.Id, b.PersonId, b.ChannelId, b.ConversationReferenceJson, b.UpdatedAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var group in rows.GroupBy(r => r.PersonId))
            {
                var bindings = new List<RecipientBinding>();
                foreach (var b in group)
                {
                    var reference = Parse(b.ConversationReferenceJson);
                    if (reference is null)
                    {
                        logger.LogWarning("Binding {Binding} of person {Person} has an unreadable conversation reference", b.Id, b.PersonId);
                        continue;
                    }

                    bindings.Add(new RecipientBinding(b.Id, b.PersonId, b.ChannelId, reference, b.UpdatedAt));
                }

                result[group.Key] = bindings.OrderByDescending(x => x.LastSeen).ToList();
            }
        }

        return result;
    }

    private static ConversationReference? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ConversationReference>(json, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
