using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class PhoneRecordService(IDbContextFactory<ArchiveDbContext> dbs) : IPhoneRecords
{
    public async Task<string?> GetRosterPhoneAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Persons.AsNoTracking().Where(p => p.Id == personId && p.ErasedAt == null).Select(p => p.Phone)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task SetPreferredChannelAsync(int personId, PreferredChannel preferred, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.ChannelPreferences.FirstOrDefaultAsync(p => p.PersonId == personId, cancellationToken).ConfigureAwait(false);
        if (row is null) db.ChannelPreferences.Add(new ChannelPreference { PersonId = personId, Preferred = preferred, UpdatedAt = at });
        else
        {
            row.Preferred = preferred;
            row.UpdatedAt = at;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException) when (row is null)
        {
            // The same person on a second device a moment earlier: the later word wins.
            await db.ChannelPreferences.Where(p => p.PersonId == personId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Preferred, preferred).SetProperty(p => p.UpdatedAt, at), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<PersonPhone>> GetRosterPhonesAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default)
    {
        var ids = personIds.Distinct().ToList();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id) && p.ErasedAt == null && p.Phone != null)
            .Select(p => new PersonPhone(p.Id, p.Phone!)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<int, PreferredChannel>> GetPreferredChannelsAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default)
    {
        var ids = personIds.Distinct().ToList();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (ids.Count == 1)
        {
            // One recipient per message the outbox sends: compiled (issue 16).
            var one = await PreferredOf.For(db)(db, ids[0], cancellationToken).ConfigureAwait(false);
            return one is { } p ? new Dictionary<int, PreferredChannel> { [ids[0]] = p.Preferred } : new Dictionary<int, PreferredChannel>();
        }
        return await db.ChannelPreferences.AsNoTracking().Where(p => ids.Contains(p.PersonId))
            .ToDictionaryAsync(p => p.PersonId, p => p.Preferred, cancellationToken).ConfigureAwait(false);
    }

    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, CancellationToken, Task<ChannelPreference?>>> PreferredOf = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int id, CancellationToken ct) => db.ChannelPreferences.AsNoTracking().FirstOrDefault(p => p.PersonId == id)));

    public async Task<IReadOnlySet<string>> GetOptedOutAsync(IReadOnlyCollection<string> phones, CancellationToken cancellationToken = default)
    {
        var numbers = phones.Distinct().ToList();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return (await db.PhoneOptOuts.AsNoTracking().Where(o => numbers.Contains(o.Phone)).Select(o => o.Phone)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
    }

    /// <summary>An outbox row's key is <c>job|person|period</c>; a reply in a conversation is keyed <c>reply:…</c>.</summary>
    private const string OutboxKeySeparator = "|";

    public async Task<IReadOnlyDictionary<string, int>> CountSendsSinceAsync(string channel, IReadOnlyCollection<string> phones, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var numbers = phones.Distinct().ToList();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.ChannelSends.AsNoTracking()
            .Where(s => s.Channel == channel && numbers.Contains(s.Phone) && s.CreatedAt >= since && s.Status != ChannelSendStatus.Failed && !s.Urgent
                && s.OutboxKey.Contains(OutboxKeySeparator))
            .GroupBy(s => s.Phone).Select(g => new { Phone = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Phone, x => x.Count, cancellationToken).ConfigureAwait(false);
    }

    public async Task OptOutAsync(string phone, string keyword, string provider, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.PhoneOptOuts.FirstOrDefaultAsync(o => o.Phone == phone, cancellationToken).ConfigureAwait(false);
        if (row is null) db.PhoneOptOuts.Add(new PhoneOptOut { Phone = phone, OptedOutAt = at, Keyword = keyword.Length > 16 ? keyword[..16] : keyword, Provider = provider });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task OptInAsync(string phone, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.PhoneOptOuts.Where(o => o.Phone == phone).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RosterPhoneMatch>> FindByPhoneDigitsAsync(string digits, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Persons.AsNoTracking().Where(p => p.ErasedAt == null && p.Phone != null && p.Phone.Contains(digits))
            .Select(p => new RosterPhoneMatch(p.Id, p.Kind, p.Phone)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> BindRosterNumberAsync(int personId, string channelId, string phone, string conversationReferenceJson, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await db.ChannelBindings.AnyAsync(b => b.ChannelId == channelId && b.ChannelUserId == phone, cancellationToken).ConfigureAwait(false)) return false;
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == personId && p.ErasedAt == null).Select(p => new { p.Kind })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (person is null) return false;
        var familyRole = await db.FamilyLinks.Where(f => f.PersonId == personId).Select(f => (FamilyRole?)f.Role).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        db.ChannelBindings.Add(new ChannelBinding
        {
            PersonId = personId,
            ChannelId = channelId,
            ChannelUserId = phone,
            ConversationReferenceJson = conversationReferenceJson,
            Role = person.Kind switch
            {
                PersonKind.Teacher => InviteRole.Teacher,
                PersonKind.Guardian => InviteRole.Guardian,
                _ => familyRole == FamilyRole.Mother ? InviteRole.Mother : InviteRole.Father,
            },
            BoundAt = at,
            UpdatedAt = at,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            // A second reply raced this one and bound it first.
            return false;
        }
    }
}
