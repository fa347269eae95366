using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

public sealed class ChildRightsTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Export_contains_everything_about_the_child(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var json = await h.Get<IChildRightsService>().ExportAsync(s.Ming);
        Assert.NotNull(json);
        Assert.Equal("王小明", (string?)json!["child"]!["name"]);
        Assert.Equal(3, json["family"]!.AsArray().Count);
        Assert.True(json["attendance"]!.AsArray().Count >= 15);
        Assert.Equal(3, json["notes"]!.AsArray().Count);
        Assert.Single(json["letters"]!.AsArray());
        Assert.Single(json["questions"]!.AsArray());
        Assert.Null(await h.Get<IChildRightsService>().ExportAsync(987654));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Erasure_removes_personal_data_but_keeps_anonymous_counts(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var binding = h.Get<IBindingService>();
        await binding.RedeemAsync("GUGU28", "directline", "aunt", "{}", "k");
        int attendanceBefore;
        await using (var db = h.Db()) attendanceBefore = await db.Attendance.CountAsync(a => a.ChildId == s.Haoran);

        Assert.True(await h.Get<IChildRightsService>().EraseAsync(s.Haoran));

        await using var after = h.Db();
        var child = await after.Children.SingleAsync(c => c.Id == s.Haoran);
        Assert.NotEqual("张浩然", child.Name);
        Assert.Null(child.BirthDate);
        Assert.NotNull(child.ErasedAt);
        Assert.False(await after.Children.AnyAsync(c => c.Name == "张浩然"));
        Assert.False(await after.Persons.AnyAsync(p => p.Name == "张桂兰" || p.Name == "张勇" || p.Name == "陈梅"));
        Assert.False(await after.Persons.AnyAsync(p => p.Phone == "13907310004"));
        Assert.Null(await binding.FindAsync("directline", "aunt"));
        Assert.Equal(attendanceBefore, await after.Attendance.CountAsync(a => a.ChildId == s.Haoran));
        Assert.False(await after.Attendance.AnyAsync(a => a.ChildId == s.Haoran && a.Reason != null));
        Assert.Equal(12, await after.Children.CountAsync());
        Assert.Null(await h.Get<IChildrenService>().GetChildAsync(Actor.Admin, s.Haoran));
        Assert.False(await h.Get<IChildRightsService>().EraseAsync(s.Haoran));

        // Erasing one sibling keeps the parents, who still have the other child.
        Assert.True(await h.Get<IChildRightsService>().EraseAsync(s.Ming));
        Assert.True(await after.Persons.AnyAsync(p => p.Name == "王建军" && p.ErasedAt == null));
        Assert.Equal(["王小红"], (await h.Get<IChildrenService>().GetChildrenAsync(s.Father)).Select(c => c.Name).ToArray());
    }
}
