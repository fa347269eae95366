using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// Issue 13, history that stays: the Web Chat page names the conversation it had before a reload, and gets a fresh
/// token for it when it still exists and is this device's; anything else starts a new conversation.
/// </summary>
public sealed class WebChatResumeTests : IDisposable
{
    private readonly HostFactory _host = new();

    public void Dispose() => _host.Dispose();

    private static async Task<JsonElement> TokenAsync(HttpClient client, string? conversationId)
    {
        var response = conversationId is null
            ? await client.PostAsync("/webchat/token", null)
            : await client.PostAsJsonAsync("/webchat/token", new { conversationId });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>What Web Chat does with a fresh token: starts the conversation, which records its user.</summary>
    private static async Task StartAsync(HttpClient client, JsonElement token)
    {
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());
        var response = await client.SendAsync(start);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
    }

    [Fact]
    public async Task A_reloaded_page_gets_a_fresh_token_for_its_own_conversation()
    {
        var phone = _host.CreateClient();
        var first = await TokenAsync(phone, null);
        Assert.False(first.GetProperty("resumed").GetBoolean());
        await StartAsync(phone, first);
        var id = first.GetProperty("conversationId").GetString();

        var again = await TokenAsync(phone, id);
        Assert.True(again.GetProperty("resumed").GetBoolean());
        Assert.Equal(id, again.GetProperty("conversationId").GetString());
        Assert.Equal(first.GetProperty("userId").GetString(), again.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task Another_device_naming_the_conversation_gets_a_new_one_of_its_own()
    {
        var phone = _host.CreateClient();
        var first = await TokenAsync(phone, null);
        await StartAsync(phone, first);
        var id = first.GetProperty("conversationId").GetString();

        var stranger = await TokenAsync(_host.CreateClient(), id);
        Assert.False(stranger.GetProperty("resumed").GetBoolean());
        Assert.NotEqual(id, stranger.GetProperty("conversationId").GetString());
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    public async Task A_conversation_that_is_gone_or_malformed_starts_a_new_one(string id)
    {
        var phone = _host.CreateClient();
        var token = await TokenAsync(phone, id);
        Assert.False(token.GetProperty("resumed").GetBoolean());
        Assert.NotEqual(id, token.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task A_page_that_was_never_used_starts_a_new_conversation()
    {
        var phone = _host.CreateClient();
        var first = await TokenAsync(phone, null);
        var again = await TokenAsync(phone, first.GetProperty("conversationId").GetString());
        Assert.False(again.GetProperty("resumed").GetBoolean());
    }
}
