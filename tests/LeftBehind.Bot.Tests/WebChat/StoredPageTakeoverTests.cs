using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LeftBehind.Bot.DirectLine;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// Issue #14, Critical, end to end in headless Chromium: an uploaded page on our origin reads the victim's identity and
/// signs the attacker in. Now a page cannot be uploaded, an image with a page inside is only an image, a page stored
/// before the fix is only a download, and the Web Chat page keeps nothing a script could read.
/// </summary>
public sealed class StoredPageTakeoverTests : IDisposable
{
    private const string Payload = """
        <html><head><title>x</title></head><body><script>
        document.title = 'pwned';
        var loot = JSON.stringify(localStorage) + '|' + document.cookie;
        fetch('/webchat/token', { method: 'POST', credentials: 'include' }).then(function (r) { return r.text(); })
          .then(function (t) { fetch('/steal?d=' + encodeURIComponent(loot + t)); });
        new Image().src = '/beacon?d=' + encodeURIComponent(loot);
        </script></body></html>
        """;

    private readonly LeftBehindFactory _factory = new();
    private readonly string _baseUrl;

    public StoredPageTakeoverTests()
    {
        _baseUrl = _factory.StartOnLoopback();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_uploaded_page_cannot_read_or_send_anything_in_the_victims_browser()
    {
        using var attacker = new HttpClient { BaseAddress = new Uri(_baseUrl) };
        var token = await attacker.PostAsync("/webchat/token", null);
        var t = await token.Content.ReadFromJsonAsync<JsonElement>();
        var conversationId = t.GetProperty("conversationId").GetString()!;
        var bearer = t.GetProperty("token").GetString()!;

        var urls = new List<string>();
        var html = await UploadSecurityTests.UploadAsync(attacker, bearer, conversationId, Encoding.UTF8.GetBytes(Payload), "text/html", "invite.html");
        if (html.IsSuccessStatusCode) urls.AddRange(await AttachmentUrlsAsync(attacker, bearer, conversationId));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, html.StatusCode);

        // A real PNG with the page appended: accepted as an image, and it must stay one.
        var polyglot = UploadSecurityTests.Png.Concat(Encoding.UTF8.GetBytes(Payload)).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await UploadSecurityTests.UploadAsync(attacker, bearer, conversationId, polyglot, "text/html", "p.html")).StatusCode);
        urls.AddRange(await AttachmentUrlsAsync(attacker, bearer, conversationId));
        // A page stored before the allow-list existed.
        var store = _factory.Services.GetRequiredService<DirectLineStore>();
        urls.Add(_baseUrl + "/v3/directline/attachments/" + await store.SaveAttachmentAsync(conversationId, "old.html", "text/html", Encoding.UTF8.GetBytes(Payload), CancellationToken.None));
        urls.Add(_baseUrl + "/v3/directline/attachments/" + await store.SaveAttachmentAsync(conversationId, "old.svg", "image/svg+xml",
            Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"document.title='pwned';fetch('/steal')\"><script>document.title='pwned';fetch('/steal')</script></svg>"), CancellationToken.None));

        var (code, output) = await NodeScript.RunAsync([.. new[] { "upload-xss.js", _baseUrl + "/" }.Concat(urls.Distinct())]);
        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
        // Script-readable storage holds at most where to resume (#13): no token, no user id, no cookie.
        Assert.DoesNotContain("token", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("userId", output, StringComparison.Ordinal);
        Assert.Contains("\"session\":{},\"cookie\":\"\"", output);
    }

    private async Task<IEnumerable<string>> AttachmentUrlsAsync(HttpClient client, string bearer, string conversationId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        var set = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        return set.GetProperty("activities").EnumerateArray()
            .Where(a => a.TryGetProperty("attachments", out _))
            .SelectMany(a => a.GetProperty("attachments").EnumerateArray())
            .Select(a => _baseUrl + new Uri(a.GetProperty("contentUrl").GetString()!).PathAndQuery);
    }
}
