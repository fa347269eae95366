using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Scheduler.Quartz;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Scheduler;

/// <summary>
/// A WeChat binding paused because the parent unfollowed the account is kept only as long as it serves them (coming
/// back by following again, without a new code): after <c>Archive:SuspendedBindingRetentionDays</c> the daily job
/// deletes it (PIPL: no longer than necessary). Live bindings are never touched; a second run changes nothing.
/// </summary>
public sealed class BindingExpiryJobTests
{
    [Fact]
    public async Task A_wechat_binding_paused_by_an_unfollow_is_deleted_after_thirty_days_while_a_live_binding_stays_and_a_second_run_changes_nothing()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 10, 1, 12));
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school);
        var family = await h.Seed.FamilyAsync(school, cls, "小明");
        await h.Seed.BindAsync(family.Father, InviteRole.Father, "wechat");
        await h.Seed.BindAsync(family.Mother, InviteRole.Mother, "wechat");
        var bindings = h.Get<IBindingService>();
        var dad = $"u{family.Father}-wechat";
        Assert.Equal(family.Father, await bindings.SuspendAsync("wechat", dad));

        // Twenty-nine days later he may still follow again and be recognised.
        h.Time.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await h.RunJobAsync(JobNames.BindingExpiry));
        Assert.True(await PausedAsync(h, dad));

        h.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await h.RunJobAsync(JobNames.BindingExpiry));
        Assert.Equal(0, await h.RunJobAsync(JobNames.BindingExpiry));

        await using var db = h.Db();
        Assert.False(await db.ChannelBindings.AnyAsync(b => b.ChannelUserId == dad));
        Assert.True(await db.ChannelBindings.AnyAsync(b => b.PersonId == family.Mother && b.SuspendedAt == null));
        // Following again now is a new start: nobody is let back in without a code.
        Assert.Null(await bindings.ResumeAsync("wechat", dad));
    }

    private static async Task<bool> PausedAsync(SchedulerHarness h, string channelUserId)
    {
        await using var db = h.Db();
        return await db.ChannelBindings.AnyAsync(b => b.ChannelUserId == channelUserId && b.SuspendedAt != null);
    }
}
