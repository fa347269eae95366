using LeftBehind.Archive.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.WeChat;

/// <summary>
/// The account's menu (更多 → 请假) is the same for everyone, so a migrant father presses 请假 too. Through the simulator
/// (safe mode), the real endpoint, the real bot and the real database.
/// </summary>
public sealed class WeChatParentLeaveTests
{
    [Fact]
    public async Task A_father_who_presses_请假_or_says_it_by_voice_has_his_leave_request_passed_to_the_teacher_instead_of_not_being_understood()
    {
        await using var host = await WeChatHost.StartAsync();
        var sim = host.Sim;
        var dad = await host.BindAsync("o-dad-wx", "BABA23", "王建军");

        await sim.ClickAsync(dad.OpenId, "Leave");
        var said = await dad.ExpectAsync("请假的事我帮您转给老师");
        Assert.DoesNotContain("没太明白", said.Readable, StringComparison.Ordinal);
        await dad.ExpectAsync("问哪个孩子");
        await sim.SendTextAsync(dad.OpenId, "王小红");
        await dad.ExpectAsync("想问老师关于王小红的什么事");
        await sim.SendTextAsync(dad.OpenId, "明天我带她去县医院复查，请一天假");
        await dad.ExpectAsync("已经转给");

        // By voice, with the child and the day in it: asked once, then passed on as he said it.
        await sim.SendVoiceAsync(dad.OpenId, "帮小红请个假明天。", [1, 2, 3, 4]);
        await dad.ExpectAsync("请假的事我帮您转给老师");
        await dad.ExpectAsync("要把这句话转给老师吗", "帮小红请个假明天");
        await sim.SendTextAsync(dad.OpenId, "1");
        await dad.ExpectAsync("已经转给");

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        var asked = await db.Questions.AsNoTracking().Select(q => q.Text).ToListAsync();
        Assert.Contains("明天我带她去县医院复查，请一天假", asked);
        Assert.Contains(asked, q => q.Contains("帮小红请个假明天", StringComparison.Ordinal));
    }
}
