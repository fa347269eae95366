using LeftBehind.Archive;
using LeftBehind.Archive.Binding;
using LeftBehind.Archive.Demo;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

/// <summary>Issue #14, High: invite codes cannot be brute-forced by rotating conversations, user ids or addresses.</summary>
public sealed class InviteGuessingTests
{
    private const string Reference = """{"channelId":"directline","conversation":{"id":"c1"}}""";

    [Fact]
    public async Task Past_the_global_failure_budget_no_code_binds_whoever_asks_until_the_day_has_passed()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite", o => o.InviteDailyFailureBudget = 20);
        await DemoSchool.SeedAsync(h);
        var invite = await h.Get<IInviteService>().CreateFamilyInviteAsync(DemoData.SchoolName, "2023002", InviteRole.Father);
        var binding = h.Get<IBindingService>();

        // A fresh conversation and user id for every guess: the per-key throttle never sees a repeat.
        for (var i = 0; i < 20; i++)
        {
            var r = await binding.RedeemAsync($"WRNG{i:D2}CODEXX"[..12], "directline", $"attacker-{i}", Reference, $"conv-{i}");
            Assert.Equal(RedeemOutcome.WrongCode, r.Outcome);
        }
        var hit = await binding.RedeemAsync(invite.Code, "directline", "attacker-lucky", Reference, "conv-lucky");
        Assert.Equal(RedeemOutcome.Throttled, hit.Outcome);
        Assert.Equal(h.Time.GetUtcNow().AddDays(1), hit.RetryAfter);

        h.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(RedeemOutcome.Bound, (await binding.RedeemAsync(invite.Code, "directline", "the-father", Reference, "conv-father")).Outcome);
    }

    [Fact]
    public async Task A_burst_of_wrong_codes_is_written_to_the_audit_for_the_school()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite", o => o.InviteFailureBurstPerHour = 5);
        await DemoSchool.SeedAsync(h);
        var binding = h.Get<IBindingService>();
        for (var i = 0; i < 7; i++) await binding.RedeemAsync("ZZZZ2222ZZZ" + i, "directline", $"a-{i}", Reference, $"k-{i}");
        await using var db = h.Db();
        Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == "invite.failure-burst" && a.ActorRole == ActorRole.System));
    }

    [Fact]
    public async Task The_wrong_code_that_reaches_the_burst_mark_names_the_head_teachers_whose_families_hold_live_codes()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite", o => o.InviteFailureBurstPerHour = 5);
        await DemoSchool.SeedAsync(h);
        await h.Get<IInviteService>().CreateFamilyInviteAsync(DemoData.SchoolName, "2023002", InviteRole.Father);
        var binding = h.Get<IBindingService>();
        var results = new List<RedeemResult>();
        for (var i = 0; i < 7; i++) results.Add(await binding.RedeemAsync("ZZZZ2222ZZZ" + i, "directline", $"a-{i}", Reference, $"k-{i}"));
        await using var db = h.Db();
        var headTeacher = await db.Persons.Where(p => p.Name == "李红梅").Select(p => p.Id).SingleAsync();
        // Told once, on the fifth failure of the hour, not on every one after it.
        Assert.Equal([null, null, null, null], results.Take(4).Select(r => r.BurstRecipients));
        Assert.Equal([headTeacher], results[4].BurstRecipients!);
        Assert.All(results.Skip(5), r => Assert.Null(r.BurstRecipients));
    }

    [Fact]
    public void With_the_default_budget_the_chance_of_binding_any_code_in_a_day_is_below_one_in_a_million()
    {
        var o = new ArchiveOptions();
        // Codes that mix letters and digits: all 32^12 strings minus the all-letter (24^12) and all-digit (8^12) ones.
        var space = Math.Pow(InviteCodes.Alphabet.Length, InviteCodes.Length) - Math.Pow(24, InviteCodes.Length) - Math.Pow(8, InviteCodes.Length);
        // A deliberately generous bound on live codes: a million unused, unexpired invites at once.
        const double liveCodes = 1_000_000;
        var chance = o.InviteDailyFailureBudget * liveCodes / space;
        Assert.True(chance < 1e-6, $"chance per day {chance:E2}");
        // The six-character codes of before: the same budget against 8.8e8 codes would not have held.
        var oldSpace = Math.Pow(32, 6) - Math.Pow(24, 6) - Math.Pow(8, 6);
        Assert.True(o.InviteDailyFailureBudget * 500 / oldSpace > 1e-6);
    }
}
