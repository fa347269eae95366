using LeftBehind.Archive.Binding;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

/// <summary>The sender and their preferences are remembered for a few seconds, and every change in this process shows at once.</summary>
public sealed class SenderCacheTests
{
    private const string Reference = """{"channelId":"directline","serviceUrl":"http://127.0.0.1:3978/","conversation":{"id":"c1"},"user":{"id":"u1"}}""";

    [Fact]
    public async Task An_unbound_sender_is_unknown_on_the_very_next_lookup()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var binding = h.Get<IBindingService>();
        await binding.RedeemAsync("BABA23", "directline", "dad", Reference, "k1");
        Assert.Equal(s.Father, (await binding.FindAsync("directline", "dad"))!.Actor);
        Assert.Equal(s.Father, (await binding.FindAsync("directline", "dad"))!.Actor);

        Assert.True(await binding.UnbindAsync("directline", "dad"));

        Assert.Null(await binding.FindAsync("directline", "dad"));
    }

    [Fact]
    public async Task A_sender_who_binds_to_another_person_is_that_person_at_once()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var binding = h.Get<IBindingService>();
        await binding.RedeemAsync("BABA23", "directline", "phone", Reference, "k1");
        Assert.Equal(s.Father, (await binding.FindAsync("directline", "phone"))!.Actor);

        await binding.RedeemAsync("MAMA45", "directline", "phone", Reference, "k1");

        Assert.Equal(s.Mother, (await binding.FindAsync("directline", "phone"))!.Actor);
    }

    [Fact]
    public async Task Erasing_the_only_child_of_a_guardian_ends_their_binding_at_once()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var binding = h.Get<IBindingService>();
        await binding.RedeemAsync("GUGU28", "directline", "aunt", Reference, "k1");
        Assert.Equal(s.Aunt, (await binding.FindAsync("directline", "aunt"))!.Actor);
        Assert.NotNull(await h.Get<IPreferenceService>().GetAsync(s.Aunt.PersonId!.Value));

        Assert.True(await h.Get<IChildRightsService>().EraseAsync(s.Haoran));

        Assert.Null(await binding.FindAsync("directline", "aunt"));
    }

    [Fact]
    public async Task Saved_preferences_are_read_back_at_once()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var preferences = h.Get<IPreferenceService>();
        var id = s.Father.PersonId!.Value;
        var before = await preferences.GetAsync(id);

        await preferences.SaveAsync(id, before with { Locale = "en" });

        Assert.Equal("en", (await preferences.GetAsync(id)).Locale);
    }

    [Fact]
    public async Task A_roster_import_that_moves_a_child_to_another_father_shows_in_the_next_children_list()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var children = h.Get<IChildrenService>();
        Assert.Equal(["王小明", "王小红"], (await children.GetChildrenAsync(s.Father)).Select(c => c.Name).ToArray());

        var rows = LeftBehind.Archive.Demo.DemoData.Roster
            .Select(r => r[2] == "2023002" ? RosterFiles.With(RosterFiles.With(r, "父亲姓名", "王建国"), "父亲电话", "13800000099") : r);
        using var file = new MemoryStream(RosterFiles.Utf8(RosterFiles.Csv(rows)));
        var result = await h.Get<LeftBehind.Archive.Roster.IRosterImporter>().ImportAsync(file, dryRun: false);
        Assert.Equal(LeftBehind.Archive.Roster.RosterImportOutcome.Ok, result.Outcome);

        Assert.Equal(["王小明"], (await children.GetChildrenAsync(s.Father)).Select(c => c.Name).ToArray());
    }

    [Fact]
    public async Task Erasing_a_child_removes_it_from_the_next_children_list_and_every_listing_is_audited()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var children = h.Get<IChildrenService>();
        Assert.Equal(2, (await children.GetChildrenAsync(s.Father)).Count);
        Assert.Equal(2, (await children.GetChildrenAsync(s.Father)).Count);

        Assert.True(await h.Get<IChildRightsService>().EraseAsync(s.Hong));

        Assert.Equal(["王小明"], (await children.GetChildrenAsync(s.Father)).Select(c => c.Name).ToArray());
        var audit = await h.Get<IAuditLog>().ForChildAsync(s.Ming);
        Assert.Equal(3, audit.Count(a => a.Action == "children.list" && a.ActorPersonId == s.Father.PersonId));
    }

    [Fact]
    public async Task A_withdrawal_of_consent_is_seen_by_the_very_next_consent_check()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var rights = h.Get<IPersonRights>();
        var id = s.Father.PersonId!.Value;
        await rights.GiveConsentAsync(id, new ConsentGiven("data notice", "v1"));
        Assert.True((await rights.GetConsentAsync(id)).Given);
        Assert.True((await rights.GetConsentAsync(id)).Given);

        Assert.True(await rights.WithdrawConsentAsync(id));

        var after = await rights.GetConsentAsync(id);
        Assert.False(after.Given);
        Assert.Equal(h.Time.GetUtcNow(), after.WithdrawnAt);
    }

    [Fact]
    public async Task Agreeing_again_to_a_newer_notice_is_seen_by_the_very_next_consent_check()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var rights = h.Get<IPersonRights>();
        var id = s.Father.PersonId!.Value;
        await rights.GiveConsentAsync(id, new ConsentGiven("data notice", "v1"));
        Assert.Equal("v1", (await rights.GetConsentAsync(id)).TextVersion);

        await rights.GiveConsentAsync(id, new ConsentGiven("data notice", "v2"));

        Assert.Equal("v2", (await rights.GetConsentAsync(id)).TextVersion);
    }

    [Fact]
    public async Task A_person_who_has_not_agreed_is_read_from_the_database_every_time()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var rights = h.Get<IPersonRights>();
        var id = s.Father.PersonId!.Value;
        Assert.False((await rights.GetConsentAsync(id)).Given);
        await using (var db = h.Db())
        {
            // Written outside the services (another process, an operator): nothing announces it.
            db.Consents.Add(new LeftBehind.Archive.Model.ConsentRecord { PersonId = id, Purpose = "paper", TextVersion = "paper", GivenAt = h.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        Assert.True((await rights.GetConsentAsync(id)).Given);
    }

    [Fact]
    public async Task A_change_made_outside_the_services_shows_once_the_short_lifetime_has_passed()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        await DemoSchool.SeedAsync(h);
        var binding = h.Get<IBindingService>();
        await binding.RedeemAsync("BABA23", "directline", "dad", Reference, "k1");
        Assert.NotNull(await binding.FindAsync("directline", "dad"));
        await using (var db = h.Db())
        {
            await db.ChannelBindings.Where(b => b.ChannelUserId == "dad").ExecuteDeleteAsync();
        }

        Assert.NotNull(await binding.FindAsync("directline", "dad"));
        h.Time.Advance(SenderCache.Lifetime);
        Assert.Null(await binding.FindAsync("directline", "dad"));
    }

    [Fact]
    public void A_read_that_raced_with_an_invalidation_is_not_kept()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var cache = new ShortLivedCache<string, string>(time, TimeSpan.FromSeconds(15), maxEntries: 10);
        var generation = cache.Generation;
        cache.Invalidate("dad");

        cache.Set("dad", "stale", generation);

        Assert.False(cache.TryGet("dad", out _));
        cache.Set("dad", "fresh", cache.Generation);
        Assert.True(cache.TryGet("dad", out var value));
        Assert.Equal("fresh", value);
    }
}
