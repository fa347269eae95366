using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeftBehind.Archive.Demo;
using LeftBehind.Tests.Infrastructure;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// Issue #14, High: notifications cannot quietly follow someone else. An id alone no longer gets a token (see
/// WebChatIdentityTests); a new device needs a fresh code from the school, and the person's old device is told at once.
/// </summary>
public sealed class AddressMoveTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new() { EnvironmentName = "Development" };

    public AddressMoveTests() => _factory.Settings["Storage:SeedDemoData"] = "true";

    public void Dispose() => _factory.Dispose();

    private async Task<List<JsonElement>> SayAsync(DirectLineClient dl, string conversationId, string user, string text)
    {
        var body = JsonSerializer.Serialize(new { type = "message", from = new { id = user }, text, locale = "zh-CN" });
        Assert.Equal(HttpStatusCode.OK, (await dl.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", body)).Response.StatusCode);
        // The POST may answer before a slow turn ends; its replies are all in the queue once the turn has finished.
        await HostSignals.TurnsDoneAsync(_factory.Services);
        return (await dl.GetAsync(conversationId, "")).Activities;
    }

    private async Task<string> NewCodeAsync()
    {
        var response = await _factory.CreateAdminClient().PostAsJsonAsync("/admin/invites", new { school = DemoData.SchoolName, studentNumber = "2023002", role = "father" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$", body.GetProperty("display").GetString());
        return body.GetProperty("display").GetString()!;
    }

    [Fact]
    public async Task Binding_a_second_device_with_a_fresh_school_code_tells_the_first_device()
    {
        var client = _factory.CreateClient();
        var phone = new DirectLineClient(client);
        var phoneConversation = await phone.StartAsync("""{"user":{"id":"dl_father-phone"},"locale":"zh-CN"}""");
        var bound = await SayAsync(phone, phoneConversation, "dl_father-phone", "老师给的邀请码 " + await NewCodeAsync());
        Assert.Contains(bound, a => a.GetProperty("text").GetString()?.Contains("绑定成功", StringComparison.Ordinal) == true);

        // Someone else — or the father on a new phone — binds with a code the school issued; the code is typed in groups.
        var other = new DirectLineClient(client);
        var otherConversation = await other.StartAsync("""{"user":{"id":"dl_new-device"},"locale":"zh-CN"}""");
        await SayAsync(other, otherConversation, "dl_new-device", (await NewCodeAsync()).ToLowerInvariant().Replace('-', ' '));

        // The warning goes to the first device proactively, through the outbox.
        List<JsonElement> seen = [];
        await HostSignals.OutboxUntilAsync(_factory.Services, async () => (seen = (await phone.GetAsync(phoneConversation, "")).Activities).Any(IsWarning));
        var warning = Assert.Single(seen, IsWarning);
        Assert.Equal("plain", warning.GetProperty("textFormat").GetString());
        Assert.DoesNotContain((await other.GetAsync(otherConversation, "")).Activities, IsWarning);
    }

    private static bool IsWarning(JsonElement a) =>
        a.TryGetProperty("text", out var t) && t.GetString()?.Contains("另一台设备", StringComparison.Ordinal) == true;
}
