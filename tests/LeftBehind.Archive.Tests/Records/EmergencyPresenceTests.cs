using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Records;
using LeftBehind.Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

/// <summary>
/// "Is anyone on an open emergency?" is answered for the whole deployment for two seconds at a time, and a new emergency
/// is never hidden by that answer: raising one forgets it at once in every instance.
/// </summary>
public sealed class EmergencyPresenceTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task An_emergency_raised_in_another_instance_is_seen_by_the_very_next_message_after_none_was_open(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var backplane = new InProcessBackplane();
        using var presenceA = new EmergencyPresence(h.Time, backplane);
        using var presenceB = new EmergencyPresence(h.Time, backplane);
        var instanceA = Service(h, presenceA);
        var instanceB = Service(h, presenceB);
        Assert.Empty(await instanceB.OpenForAsync(s.Father.PersonId!.Value));
        Assert.False(presenceB.AnyOpen);

        var e = await instanceA.RaiseAsync(s.HeadTeacherA, s.Ming, "小明放学后没有回家");

        Assert.Equal(e.Id, Assert.Single(await instanceB.OpenForAsync(s.Father.PersonId!.Value)).Id);
        Assert.Equal(e.Id, Assert.Single(await instanceA.OpenForAsync(s.Father.PersonId!.Value)).Id);
        Assert.Empty(await instanceB.OpenForAsync(s.OtherFather.PersonId!.Value));
    }

    [Fact]
    public async Task An_instance_that_missed_the_news_sees_the_emergency_once_its_answer_is_two_seconds_old()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        using var raiser = new EmergencyPresence(h.Time, new InProcessBackplane());
        using var deaf = new EmergencyPresence(h.Time, new InProcessBackplane());
        var other = Service(h, deaf);
        Assert.Empty(await other.OpenForAsync(s.Father.PersonId!.Value));

        var e = await Service(h, raiser).RaiseAsync(s.HeadTeacherA, s.Ming, "小明放学后没有回家");
        h.Time.Advance(EmergencyPresence.Lifetime);

        Assert.Equal(e.Id, Assert.Single(await other.OpenForAsync(s.Father.PersonId!.Value)).Id);
    }

    private static EmergencyService Service(ArchiveHarness h, EmergencyPresence presence) =>
        new(h.Get<IDbContextFactory<ArchiveDbContext>>(), h.Get<AccessPolicy>(), h.Time, presence);
}
