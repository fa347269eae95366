using LeftBehind.Archive.Model;
using LeftBehind.Archive.Tips;
using LeftBehind.Scheduler.Jobs;

namespace LeftBehind.Tests.Scheduler;

public sealed class TipChoiceTests
{
    private static TipInfo Tip(int id, string topic, string ages = "all", string months = "", int useful = 0, int notUseful = 0) =>
        new(id, $"g-{topic}-{id:D2}", TipAudience.Guardian, topic, ages, months, "句子。", "句子。", "Sentence.", true, "library", DateTimeOffset.UnixEpoch, 0, useful, notUseful);

    [Fact]
    public void A_topic_the_person_called_not_useful_comes_after_every_other_topic()
    {
        var library = new[] { Tip(1, "sleep"), Tip(2, "sleep"), Tip(3, "food"), Tip(4, "traffic") };
        var history = new List<TipSendInfo> { new(7, 1, "k1", DateTimeOffset.UnixEpoch, TipFeedback.NotUseful) };

        var order = Drain(library, history, 10);

        Assert.Equal(2, order[^1]);
    }

    [Fact]
    public void A_topic_the_person_found_useful_comes_first_and_tips_others_rated_useful_before_those_rated_not_useful()
    {
        var library = new[] { Tip(1, "sleep"), Tip(2, "food"), Tip(3, "traffic", useful: 0, notUseful: 9), Tip(4, "strangers", useful: 9), Tip(5, "food") };
        var history = new List<TipSendInfo> { new(7, 2, "k1", DateTimeOffset.UnixEpoch, TipFeedback.Useful), new(7, 1, "k2", DateTimeOffset.UnixEpoch, null) };

        Assert.Equal(5, TipChoice.Next(library, history, null, 10, 7)!.Id);
        history.Add(new(7, 5, "k3", DateTimeOffset.UnixEpoch, null));
        Assert.Equal(4, TipChoice.Next(library, history, null, 10, 7)!.Id);
    }

    [Fact]
    public void Out_of_season_and_other_age_tips_are_never_chosen_and_unknown_ages_get_all_age_tips_only()
    {
        var library = new[] { Tip(1, "drowning", months: "5-9"), Tip(2, "sleep", ages: "13-15"), Tip(3, "food") };

        Assert.Equal([3, 3], Drain(library, [], 10, bands: new HashSet<string> { "6-8" }, count: 2));
        Assert.Equal(1, TipChoice.Next(library, [], new HashSet<string> { "6-8" }, 7, 1)!.Id);
        Assert.Equal(2, TipChoice.Next(library, [new(1, 3, "k", DateTimeOffset.UnixEpoch, null)], new HashSet<string> { "13-15" }, 10, 1)!.Id);
        Assert.Equal(3, TipChoice.Next([Tip(2, "sleep", ages: "13-15"), Tip(3, "food")], [], null, 10, 1)!.Id);
    }

    [Fact]
    public void Age_bands_come_from_the_birth_date_else_from_the_grade_in_the_class_name()
    {
        var today = new DateOnly(2026, 10, 1);
        Assert.Equal("6-8", TipAgeBands.Of(new DateOnly(2018, 10, 2), null, today));
        Assert.Equal("9-12", TipAgeBands.Of(new DateOnly(2017, 10, 1), "三年级(1)班", today));
        Assert.Equal("6-8", TipAgeBands.Of(null, "三年级(1)班", today));
        Assert.Equal("9-12", TipAgeBands.Of(null, "5年级2班", today));
        Assert.Equal("13-15", TipAgeBands.Of(null, "初二(3)班", today));
        Assert.Equal("13-15", TipAgeBands.Of(null, "八年級1班", today));
        Assert.Equal("3-5", TipAgeBands.Of(null, "幼儿园大班", today));
        Assert.Null(TipAgeBands.Of(null, "兴趣小组", today));
    }

    [Theory]
    [InlineData("", 7, true)]
    [InlineData("5-9", 5, true)]
    [InlineData("5-9", 9, true)]
    [InlineData("5-9", 10, false)]
    [InlineData("5-9", 4, false)]
    [InlineData("11-3", 1, true)]
    [InlineData("11-3", 4, false)]
    [InlineData("2,8", 8, true)]
    [InlineData("2,8", 3, false)]
    public void Seasons_are_months_and_ranges_across_the_new_year(string months, int month, bool inSeason) =>
        Assert.Equal(inSeason, TipSeason.InSeason(months, month));

    private static List<int> Drain(IReadOnlyList<TipInfo> library, List<TipSendInfo> history, int month, IReadOnlySet<string>? bands = null, int? count = null)
    {
        var order = new List<int>();
        var n = count ?? library.Count - history.Count;
        for (var i = 0; i < n; i++)
        {
            var next = TipChoice.Next(library, history, bands, month, 7)!;
            order.Add(next.Id);
            history.Add(new(7, next.Id, "k" + i + "x", DateTimeOffset.UnixEpoch, null));
        }
        return order;
    }
}
