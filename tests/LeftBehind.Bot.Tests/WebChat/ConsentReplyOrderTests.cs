using System.Net;
using System.Text.Json;
using LeftBehind.Archive.Data;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// Issue #14, left over: after 同意, what waited for the father (a teacher's answer, held by the outbox until he
/// agreed) appeared in Web Chat before "谢谢您，已记下您的同意". Through the real Direct Line queue, the real outbox and
/// the real database, the thanks now comes first and the answer after it.
/// </summary>
public sealed class ConsentReplyOrderTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new() { EnvironmentName = "Development" };

    public ConsentReplyOrderTests()
    {
        _factory.Settings["Storage:SeedDemoData"] = "true";
        _factory.Settings["Storage:DemoFamiliesConsented"] = "false";
    }

    public void Dispose() => _factory.Dispose();

    private async Task SayAsync(DirectLineClient dl, string conversationId, string text)
    {
        var body = JsonSerializer.Serialize(new { type = "message", from = new { id = "dl_father" }, text, locale = "zh-CN" });
        Assert.Equal(HttpStatusCode.OK, (await dl.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", body)).Response.StatusCode);
        await HostSignals.TurnsDoneAsync(_factory.Services);
    }

    [Fact]
    public async Task After_agreeing_the_father_sees_the_thanks_before_the_teachers_answer_that_waited_for_his_consent()
    {
        var dl = new DirectLineClient(_factory.CreateClient());
        var conversation = await dl.StartAsync("""{"user":{"id":"dl_father"},"locale":"zh-CN"}""");
        await SayAsync(dl, conversation, "BABA23");
        int father;
        await using (var db = await _factory.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync())
            father = await db.Persons.Where(p => p.Name == "王建军").Select(p => p.Id).SingleAsync();

        // He asks before agreeing (the question comes again); the teacher's answer for him waits in the outbox.
        await SayAsync(dl, conversation, "小明这周上学了吗");
        await _factory.Services.GetRequiredService<IProactiveMessenger>().SendAsync(father, _ => MessageFactory.Text("王芳老师回复：小明这周都按时上学了。"), "answer:order-test");
        var outbox = _factory.Services.GetRequiredService<IOutbox>();
        await HostSignals.OutboxUntilAsync(_factory.Services, async () =>
            (await outbox.ListAsync(OutboxStatus.Held, 1, 50)).Items.Any(r => r.RecipientId == father));
        Assert.DoesNotContain(Texts((await dl.GetAsync(conversation, "")).Activities), t => t.Contains("按时上学", StringComparison.Ordinal));

        await SayAsync(dl, conversation, "同意");
        List<string> seen = [];
        await HostSignals.OutboxUntilAsync(_factory.Services, async () =>
            (seen = Texts((await dl.GetAsync(conversation, "")).Activities)).Any(t => t.Contains("按时上学", StringComparison.Ordinal)));
        var thanks = seen.FindIndex(t => t == "谢谢您，已记下您的同意。");
        var answer = seen.FindIndex(t => t.Contains("按时上学", StringComparison.Ordinal));
        Assert.True(thanks >= 0 && thanks < answer, string.Join(" | ", seen));
        Assert.Single(seen, t => t.Contains("按时上学", StringComparison.Ordinal));
    }

    /// <summary>The bot's messages in the order the user's Web Chat shows them.</summary>
    private static List<string> Texts(List<JsonElement> activities) =>
        [.. activities.Where(a => a.GetProperty("type").GetString() == "message" && a.GetProperty("from").GetProperty("id").GetString() != "dl_father")
            .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty)];
}
