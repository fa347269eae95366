using System.Net;
using System.Text.Json;
using LeftBehind.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// Found by the lead: a teacher's answer given in the family's quiet hours waits in the outbox until their morning, and
/// the teacher was told nothing about it. Through Direct Line, the real router, dialogs and outbox: at 23:30 in Beijing
/// the paired teacher answers in her chat and is told the outbox's planned time, 07:00 the next morning.
/// </summary>
public sealed class QuietHoursChatAnswerTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 15, 30, 0, TimeSpan.Zero));
    private readonly TimedFactory _factory;

    public QuietHoursChatAnswerTests()
    {
        _factory = new TimedFactory(_time) { EnvironmentName = "Development" };
        _factory.Settings["Storage:SeedDemoData"] = "true";
        _factory.Settings["Scheduler:QuietHours:Enabled"] = "true";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_teacher_answering_in_her_chat_at_night_is_told_the_morning_time_the_parent_gets_it()
    {
        var teacher = new DirectLineClient(_factory.CreateClient());
        var conversation = await teacher.StartAsync("""{"user":{"id":"dl_wangfang"},"locale":"zh-CN"}""");
        Assert.Contains("绑定成功", await SayAsync(teacher, conversation, "BFJS56"));
        await SayAsync(teacher, conversation, "家长的问题");
        Assert.Contains("作业要写到几点", await SayAsync(teacher, conversation, "1"));
        Assert.Contains("请写下您的回答", await SayAsync(teacher, conversation, "1"));

        var told = await SayAsync(teacher, conversation, "一般九点前能写完。");

        Assert.Equal("已回答。家长那边现在是休息时间，回答会在 12月8日 07:00 发给家长。", told);
        var outbox = _factory.Services.GetRequiredService<LeftBehind.Scheduler.Outbox.IOutbox>();
        var row = Assert.Single((await outbox.ListAsync(null, 1, 100)).Items, e => e.Key.Contains("|answer:", StringComparison.Ordinal));
        Assert.Equal("pending", row.Status);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 23, 0, 0, TimeSpan.Zero), row.NotBefore);
    }

    /// <summary>Sends one message and returns the bot's replies to it, joined by blank lines.</summary>
    private async Task<string> SayAsync(DirectLineClient dl, string conversationId, string text)
    {
        var before = (await dl.GetAsync(conversationId, "")).Activities.Count;
        var body = JsonSerializer.Serialize(new { type = "message", from = new { id = "dl_wangfang" }, text, locale = "zh-CN" });
        Assert.Equal(HttpStatusCode.OK, (await dl.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", body)).Response.StatusCode);
        await HostSignals.TurnsDoneAsync(_factory.Services);
        var replies = (await dl.GetAsync(conversationId, "")).Activities.Skip(before)
            .Where(a => a.GetProperty("from").GetProperty("id").GetString() != "dl_wangfang" && a.TryGetProperty("text", out _))
            .Select(a => a.GetProperty("text").GetString());
        return string.Join("\n\n", replies);
    }

    /// <summary>The real service with its clock in the test's hand.</summary>
    private sealed class TimedFactory(TimeProvider time) : LeftBehindFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton(time)));
        }
    }
}
