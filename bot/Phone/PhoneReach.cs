using LeftBehind.Archive.Data;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Scheduler.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Bot.Phone;

/// <summary>With SMS or voice configured, a person with a number on the roster is reached today even without a chat.</summary>
internal sealed class PhoneReach(IDbContextFactory<ArchiveDbContext> dbs) : IOfflineReach
{
    public async Task<bool> ReachesAsync(int personId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var phone = await db.Persons.AsNoTracking().Where(p => p.Id == personId && p.ErasedAt == null).Select(p => p.Phone)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return PhoneAddress.Normalize(phone) is not null;
    }
}
