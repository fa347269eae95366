using LeftBehind.Archive.Services;

namespace LeftBehind.Tests.Archive;

/// <summary>Whom the outbox keeps routine messages from (issue #14): asked on every batch it delivers.</summary>
public sealed class AwaitingConsentTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Messages_wait_for_a_mother_who_refused_and_a_grandfather_who_withdrew_never_for_a_father_who_agreed_or_a_teacher(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var rights = h.Get<IPersonRights>();
        int father = s.Father.PersonId!.Value, mother = s.Mother.PersonId!.Value, grandpa = s.Grandpa.PersonId!.Value, teacher = s.HeadTeacherA.PersonId!.Value;
        await rights.GiveConsentAsync(father, new ConsentGiven("data notice", "v1"));
        await rights.RefuseConsentAsync(mother, "v1");
        await rights.GiveConsentAsync(grandpa, new ConsentGiven("data notice", "v1"));
        await rights.WithdrawConsentAsync(grandpa);

        var awaiting = await rights.GetAwaitingConsentAsync([father, mother, grandpa, teacher, grandpa]);

        Assert.Equal(new[] { grandpa, mother }.Order(), awaiting.Order());
        Assert.Empty(await rights.GetAwaitingConsentAsync([father, teacher]));
        Assert.Empty(await rights.GetAwaitingConsentAsync([]));
    }
}
