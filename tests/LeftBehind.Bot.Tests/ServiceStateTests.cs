using System.Net;
using System.Text;
using System.Text.Json;
using LeftBehind.Archive.Storage;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Kernel;

/// <summary>The kernel's state rules through the whole service: /api/messages with expectReplies, the demo school, SQLite.</summary>
public sealed class ServiceStateTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new();

    public ServiceStateTests() => _factory.Settings["Storage:SeedDemoData"] = "true";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_stranger_is_welcomed_and_answered_but_nothing_is_written_to_kernel_state()
    {
        var client = _factory.CreateClient();
        var welcome = await PostAsync(client, Activity("conversationUpdate", "cu-1", "conv-stranger", "stranger", null));
        Assert.Equal(3, welcome.Length);
        Assert.NotEmpty(await PostAsync(client, Activity("message", "m-1", "conv-stranger", "stranger", "你好，在吗")));
        Assert.NotEmpty(await PostAsync(client, Activity("message", "m-2", "conv-stranger", "stranger", new string('孩', 5000))));
        Assert.Equal(0, await KernelStorages.CountRowsAsync(_factory.Services.GetRequiredService<IDbConnectionFactory>()));
    }

    [Fact]
    public async Task A_bind_redelivered_with_the_same_id_gets_the_same_answer_and_does_not_run_again()
    {
        var client = _factory.CreateClient();
        var bind = Activity("message", "bind-1", "conv-father", "father", "老师给了我一个邀请码 BABA23");
        var first = await PostAsync(client, bind);
        Assert.StartsWith("绑定成功", first[0]);
        Assert.True(await KernelStorages.CountRowsAsync(_factory.Services.GetRequiredService<IDbConnectionFactory>()) > 0);

        var again = await PostAsync(client, bind);
        Assert.Equal(first, again);

        // A new id with the same text is a new message: it runs (the code is spent, the father is bound already).
        var next = await PostAsync(client, Activity("message", "bind-2", "conv-father", "father", "老师给了我一个邀请码 BABA23"));
        Assert.DoesNotContain(next, t => t.StartsWith("绑定成功", StringComparison.Ordinal));
    }

    private static string Activity(string type, string id, string conversation, string user, string? text) => JsonSerializer.Serialize(new
    {
        type,
        id,
        channelId = "test",
        serviceUrl = "https://channel.invalid/",
        conversation = new { id = conversation },
        from = new { id = user },
        recipient = new { id = "bot" },
        membersAdded = type == "conversationUpdate" ? new[] { new { id = user } } : null,
        text,
        locale = "zh-CN",
        deliveryMode = "expectReplies",
    });

    /// <summary>Posts one activity and returns the texts of the replies in the expectReplies body.</summary>
    private static async Task<string[]> PostAsync(HttpClient client, string body)
    {
        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "message")
            .Select(a => a.GetProperty("text").GetString()!)
            .ToArray();
    }
}
