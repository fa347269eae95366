using LeftBehind.Archive.Model;
using LeftBehind.Archive.Tips;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Tests.Scheduler;

/// <summary>
/// #20 item 3: the library in the repository (archive/Tips/tips.tsv) — at least 60 per audience, tagged by age band
/// and season, 防溺水 only from May to September — and tips kept on through the vacations, when the guardian has the
/// child all day and summer is the drowning season.
/// </summary>
public sealed class TipLibraryTests
{
    private static readonly IReadOnlyList<TipInput> Library = TipLibraryFile.Load();

    [Theory]
    [InlineData(TipAudience.Guardian)]
    [InlineData(TipAudience.Parent)]
    public void Each_audience_has_at_least_sixty_valid_one_sentence_tips(TipAudience audience)
    {
        var tips = Library.Where(t => t.Audience == audience).ToList();
        Assert.True(tips.Count >= 60, $"{audience}: {tips.Count}");
        Assert.All(tips, t => Assert.Empty(TipValidation.Check(t)));
        Assert.Equal(tips.Count, tips.Select(t => t.Code).Distinct().Count());
    }

    [Theory]
    [InlineData(TipAudience.Guardian, "6-8")]
    [InlineData(TipAudience.Guardian, "9-12")]
    [InlineData(TipAudience.Guardian, "13-15")]
    [InlineData(TipAudience.Guardian, "3-5")]
    [InlineData(TipAudience.Parent, "6-8")]
    [InlineData(TipAudience.Parent, "9-12")]
    [InlineData(TipAudience.Parent, "13-15")]
    [InlineData(TipAudience.Parent, "3-5")]
    public void Every_month_each_age_band_has_enough_tips_for_a_quarter_without_a_repeat(TipAudience audience, string band)
    {
        // Three a week for thirteen weeks: 39 different tips in season for the child's band, whatever the month.
        for (var month = 1; month <= 12; month++)
        {
            var eligible = Library.Count(t => t.Audience == audience && TipAgeBands.Parse(t.Ages)!.Contains(band) && TipSeason.InSeason(t.Months, month));
            Assert.True(eligible >= 39, $"{audience} {band} month {month}: {eligible}");
        }
    }

    [Fact]
    public void Water_safety_tips_are_in_season_from_may_to_september_only()
    {
        var water = Library.Where(t => t.Topic == "drowning").ToList();
        Assert.True(water.Count(t => t.Audience == TipAudience.Guardian) >= 6);
        Assert.Contains(water, t => t.Audience == TipAudience.Parent);
        Assert.All(water, t => Assert.Subset(new HashSet<int> { 5, 6, 7, 8, 9 }, TipSeason.Parse(t.Months)!.ToHashSet()));
    }

    [Fact]
    public async Task In_the_summer_vacation_a_grandparent_still_gets_three_tips_a_week_water_safety_among_them()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2027, 7, 12, 8, 0), configure: o => o.QuietHours.Enabled = false);
        await h.Get<ITipService>().SeedAsync(TipLibraryFile.Load());
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school, "三年级(1)班");
        var ming = await h.Seed.FamilyAsync(school, cls, "小明");

        // Two weeks of the summer vacation (no school day in the 校历), the job every hour from 18:00 to 22:00.
        for (var day = new DateOnly(2027, 7, 12); day <= new DateOnly(2027, 7, 25); day = day.AddDays(1))
            for (var hour = 18; hour <= 22; hour++)
            {
                h.SetLocal(day.Year, day.Month, day.Day, hour);
                await h.RunAndDeliverAsync(JobNames.Tips);
            }

        var sent = h.Adapter.For(SeededFamily.User(ming.Guardian));
        Assert.Equal(6, sent.Count);
        var library = (await h.Get<ITipService>().ListAsync()).ToDictionary(t => t.Id);
        var topics = (await h.Get<ITipService>().GetSendsAsync([ming.Guardian]))[ming.Guardian].Select(s => library[s.TipId].Topic).ToList();
        Assert.Contains("drowning", topics);
        Assert.Equal(6, topics.Count);
    }
}
