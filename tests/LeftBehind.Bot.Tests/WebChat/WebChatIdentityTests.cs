using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LeftBehind.Tests.Bot;

/// <summary>Issue #14, High: a Web Chat user id is issued by the server and bound to an HttpOnly device cookie.</summary>
public sealed class WebChatIdentityTests : IDisposable
{
    private readonly HostFactory _host = new();

    public void Dispose() => _host.Dispose();

    private static async Task<(HttpResponseMessage Response, string UserId)> TokenAsync(HttpClient client, string query = "")
    {
        var response = await client.PostAsync("/webchat/token" + query, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response, body.GetProperty("userId").GetString()!);
    }

    [Fact]
    public async Task A_caller_chosen_user_id_is_never_honoured()
    {
        var client = _host.CreateClient();
        var (_, userId) = await TokenAsync(client, "?userId=web-0123456789abcdef01234567");
        Assert.NotEqual("web-0123456789abcdef01234567", userId);
        Assert.StartsWith("web-", userId);
    }

    [Fact]
    public async Task The_device_cookie_is_HttpOnly_SameSite_Strict_and_scoped_to_the_token_endpoint()
    {
        var client = _host.CreateClient();
        var (response, _) = await TokenAsync(client);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie")).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        Assert.Contains("path=/webchat", cookie);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task The_same_device_keeps_its_id_and_another_device_cannot_take_it()
    {
        var phone = _host.CreateClient(); // keeps cookies, as a browser does
        var (_, first) = await TokenAsync(phone);
        var (_, again) = await TokenAsync(phone);
        Assert.Equal(first, again);

        // The attacker knows the id (from a screenshot, an old export) and asks for it by every means the page had.
        var attacker = _host.CreateClient();
        var (_, theirs) = await TokenAsync(attacker, "?userId=" + first);
        Assert.NotEqual(first, theirs);
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/webchat/token?userId=" + first);
        forged.Headers.Add("Cookie", "lb_device=" + new string('A', 43));
        var forgedResponse = await _host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false }).SendAsync(forged);
        var forgedId = (await forgedResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString();
        Assert.NotEqual(first, forgedId);
    }

    [Fact]
    public async Task The_page_keeps_no_user_id_and_no_token_in_local_storage_only_its_conversation_and_language()
    {
        var app = await File.ReadAllTextAsync(Path.Combine(Infrastructure.LeftBehindFactory.RepositoryRoot, "bot", "webchat", "app.js"));
        // Issue 13: the conversation id and how far it was read are kept so a reload resumes it; the server checks the
        // conversation is this device's, so neither is a credential. The page's language (en-US, zh-CN, zh-TW) is kept
        // too, so a reload shows the page in it. Nothing else is stored.
        var stored = System.Text.RegularExpressions.Regex.Matches(app, @"localStorage\.setItem\(([^;]*)\);").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["CONVERSATION_KEY, JSON.stringify({ conversationId: conversationId, watermark: watermark || null })", "LOCALE_KEY, locale"], stored);
        Assert.DoesNotContain("userId=", app);
    }
}
