using LeftBehind.Archive.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.WeChat;

/// <summary>
/// A migrant father on WeChat answering out of turn, through the simulator (safe mode), the real endpoint, the real bot
/// and the real database.
/// </summary>
public sealed class WeChatAnswerOutOfTurnTests
{
    [Fact]
    public async Task A_father_who_types_写两地书_where_his_question_for_the_teacher_is_asked_is_asked_first_and_nothing_reaches_the_teacher_as_a_question()
    {
        await using var host = await WeChatHost.StartAsync();
        var sim = host.Sim;
        var dad = await host.BindAsync("o-dad-wx", "BABA23", "王建军");

        await sim.SendTextAsync(dad.OpenId, "问老师");
        await dad.ExpectAsync("问哪个孩子");
        await sim.SendTextAsync(dad.OpenId, "1");
        await dad.ExpectAsync("想问老师关于王小明的什么事");

        // He changed his mind and wants to write this month's letter instead.
        await sim.SendTextAsync(dad.OpenId, "写两地书");
        var asked = await dad.ExpectAsync("要把这句话转给老师吗");
        Assert.DoesNotContain("已经转给", asked.Readable, StringComparison.Ordinal);
        await sim.SendTextAsync(dad.OpenId, "写两地书");
        await dad.ExpectAsync("没有转给老师");
        var letter = await dad.ExpectAsync();
        Assert.Matches("哪个孩子|写新信|请开始写信", letter.Readable);

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Questions.AsNoTracking().Where(q => q.Text.Contains("两地书")).ToListAsync());
    }
}
