using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Infrastructure;

/// <summary>
/// The demo families as if every parent and guardian had already agreed (on paper at enrolment, or on an earlier
/// device): tests about other things then bind in the chat without the separate consent question, which the consent
/// tests ask on a database where nobody has answered yet.
/// </summary>
public static class FamilyConsent
{
    public const string PaperVersion = "paper-2026";

    public static async Task RecordForEveryFamilyMemberAsync(IServiceProvider services, DateTimeOffset at)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        var family = await db.Persons.Where(p => p.Kind != PersonKind.Teacher && !db.Consents.Any(c => c.PersonId == p.Id)).Select(p => p.Id).ToListAsync();
        foreach (var id in family) db.Consents.Add(new ConsentRecord { PersonId = id, Purpose = "paper consent at enrolment", TextVersion = PaperVersion, GivenAt = at });
        await db.SaveChangesAsync();
    }
}
