using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Binding;

internal sealed class PreferenceService(IDbContextFactory<ArchiveDbContext> dbs, SenderCache cache) : IPreferenceService
{
    public async Task<PersonPreferences> GetAsync(int personId, CancellationToken cancellationToken = default)
    {
        if (cache.Preferences.TryGet(personId, out var cached)) return cached;
        var generation = cache.Preferences.Generation;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var p = await db.Preferences.AsNoTracking().FirstOrDefaultAsync(x => x.PersonId == personId, cancellationToken);
        if (p is null)
        {
            var kind = await db.Persons.Where(x => x.Id == personId).Select(x => (PersonKind?)x.Kind).FirstOrDefaultAsync(cancellationToken);
            p = Defaults(personId, kind ?? PersonKind.Parent);
        }
        var found = new PersonPreferences(p.Locale, p.LowLiteracy, p.QuietStart, p.QuietEnd, p.TimeZone, p.CallHome, p.CallHomeDay, p.CallHomeTime);
        cache.Preferences.Set(personId, found, generation);
        return found;
    }

    /// <summary>
    /// Two saves for a person who has no row yet (a binding's defaults on one instance, a language switch on another)
    /// both see none and both insert: the second insert fails on the key. It is then run again, finding and updating
    /// the row the first one wrote, as the binding's defaults do, so neither save ends in an error for the user.
    /// </summary>
    public async Task SaveAsync(int personId, PersonPreferences preferences, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            var p = await db.Preferences.FirstOrDefaultAsync(x => x.PersonId == personId, cancellationToken);
            var inserting = p is null;
            if (p is null)
            {
                if (!await db.Persons.AnyAsync(x => x.Id == personId, cancellationToken)) throw ArchiveException.NotFound();
                p = new PersonPreference { PersonId = personId };
                db.Preferences.Add(p);
            }
            p.Locale = preferences.Locale;
            p.LowLiteracy = preferences.LowLiteracy;
            p.QuietStart = preferences.QuietStart;
            p.QuietEnd = preferences.QuietEnd;
            p.TimeZone = preferences.TimeZone;
            p.CallHome = preferences.CallHome;
            p.CallHomeDay = preferences.CallHomeDay;
            p.CallHomeTime = preferences.CallHomeTime;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException) when (inserting && attempt == 1)
            {
                // Another save inserted the row between our read and our insert: update theirs.
            }
        }
        await cache.ForgetPreferencesAsync(personId, CancellationToken.None);
    }

    /// <summary>Guardians (often elderly) start in low-literacy mode.</summary>
    internal static PersonPreference Defaults(int personId, PersonKind kind) =>
        new() { PersonId = personId, LowLiteracy = kind == PersonKind.Guardian };
}
