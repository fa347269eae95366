using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class RecipientQueryService(IDbContextFactory<ArchiveDbContext> dbs) : IRecipientQueries
{
    /// <summary>Ids per statement: large enough for few round trips, small enough for any provider's parameter limits.</summary>
    internal const int Chunk = 1000;

    public async Task<IReadOnlyList<RecipientProfile>> GetProfilesAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default)
    {
        var result = new List<RecipientProfile>(personIds.Count);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (personIds.Count == 1)
        {
            await foreach (var p in ProfileOf.For(db)(db, personIds.First()).WithCancellation(cancellationToken).ConfigureAwait(false)) result.Add(p);
            return result;
        }
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
            result.AddRange(people.Select(p => new RecipientProfile(p.Id, p.Kind, p.SchoolZone, p.Pref is null ? null : ToRecord(p.Pref))));
        }
        return result;
    }

    public async Task<IReadOnlyList<ChannelBindingInfo>> GetBindingsAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default)
    {
        var result = new List<ChannelBindingInfo>(personIds.Count);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (personIds.Count == 1)
        {
            await foreach (var b in BindingsOf.For(db)(db, personIds.First()).WithCancellation(cancellationToken).ConfigureAwait(false)) result.Add(b);
            return result;
        }
        foreach (var chunk in personIds.Distinct().Chunk(Chunk))
        {
            result.AddRange(await db.ChannelBindings.AsNoTracking()
                .Where(b => chunk.Contains(b.PersonId))
                .Select(b => new ChannelBindingInfo(b.Id, b.PersonId, b.ChannelId, b.ConversationReferenceJson, b.UpdatedAt))
                .ToListAsync(cancellationToken).ConfigureAwait(false));
        }
        return result;
    }

    // The outbox asks for one person per message it queues and sends: those reads are compiled (issue 16); the same
    // queries as the chunked ones above, for a single id.
    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, IAsyncEnumerable<RecipientProfile>>> ProfileOf = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int id) =>
            from p in db.Persons.AsNoTracking()
            where p.Id == id && p.ErasedAt == null
            join s in db.Schools on p.SchoolId equals s.Id into schools
            from s in schools.DefaultIfEmpty()
            join pref in db.Preferences on p.Id equals pref.PersonId into prefs
            from pref in prefs.DefaultIfEmpty()
            select new RecipientProfile(p.Id, p.Kind, s == null ? null : s.TimeZone, pref == null ? null
                : new PersonPreferences(pref.Locale, pref.LowLiteracy, pref.QuietStart, pref.QuietEnd, pref.TimeZone, pref.CallHome, pref.CallHomeDay, pref.CallHomeTime))));

    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, IAsyncEnumerable<ChannelBindingInfo>>> BindingsOf = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int id) => db.ChannelBindings.AsNoTracking().Where(b => b.PersonId == id)
            .Select(b => new ChannelBindingInfo(b.Id, b.PersonId, b.ChannelId, b.ConversationReferenceJson, b.UpdatedAt))));

    internal static PersonPreferences ToRecord(PersonPreference p) =>
        new(p.Locale, p.LowLiteracy, p.QuietStart, p.QuietEnd, p.TimeZone, p.CallHome, p.CallHomeDay, p.CallHomeTime);
}
