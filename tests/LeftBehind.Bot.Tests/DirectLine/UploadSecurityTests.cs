using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LeftBehind.Bot.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Bot;

/// <summary>Issue #14, Critical: uploads are inert — only images by their bytes, served so they can never act as a page.</summary>
public sealed class UploadSecurityTests : IDisposable
{
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly HostFactory _host;

    public UploadSecurityTests()
    {
        _host = new HostFactory { TestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)) };
    }

    public void Dispose() => _host.Dispose();

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string token, string conversationId, byte[] content, string contentType, string name)
    {
        using var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","from":{"id":"webchat-user"}}""", Encoding.UTF8);
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private async Task<(HttpClient Client, DirectLineClient Dl, string ConversationId)> StartAsync()
    {
        var client = _host.CreateClient();
        var dl = new DirectLineClient(client);
        var conversationId = await dl.StartAsync("""{"user":{"id":"dl_uploader"}}""");
        return (client, dl, conversationId);
    }

    [Theory]
    [InlineData("text/html", "page.html", "<html><script>fetch('/webchat/token',{method:'POST'})</script></html>")]
    [InlineData("image/svg+xml", "x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("image/png", "lies.png", "<html><script>alert(1)</script></html>")]
    [InlineData("application/octet-stream", "a.exe", "MZ\u0090\u0000")]
    public async Task A_file_that_is_not_an_image_by_its_bytes_is_refused_and_nothing_is_stored(string type, string name, string body)
    {
        var (client, dl, conversationId) = await StartAsync();
        var response = await UploadAsync(client, dl.Token!, conversationId, Encoding.UTF8.GetBytes(body), type, name);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var store = _host.Services.GetRequiredService<DirectLineStore>();
        Assert.Equal((0L, 0L), await store.UploadUsageAsync(conversationId, null, TimeSpan.FromDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task An_image_is_stored_under_the_type_its_bytes_say_and_served_inline_with_nosniff_and_a_sandbox_policy()
    {
        var (client, dl, conversationId) = await StartAsync();
        var response = await UploadAsync(client, dl.Token!, conversationId, Png, "text/html", "../../homework\u202e.png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (activities, _) = await dl.GetAsync(conversationId, "");
        var attachment = activities.First(a => a.TryGetProperty("attachments", out _)).GetProperty("attachments")[0];
        Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());
        Assert.Equal("homework.png", attachment.GetProperty("name").GetString());

        var download = await client.GetAsync(new Uri(attachment.GetProperty("contentUrl").GetString()!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("inline", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_file_stored_before_the_allow_list_is_only_ever_a_download()
    {
        var (client, _, conversationId) = await StartAsync();
        var store = _host.Services.GetRequiredService<DirectLineStore>();
        var id = await store.SaveAttachmentAsync(conversationId, "old.html", "text/html", Encoding.UTF8.GetBytes("<script>alert(1)</script>"), CancellationToken.None);
        var download = await client.GetAsync($"/v3/directline/attachments/{id}");
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task One_user_may_upload_only_so_many_files_a_day_across_conversations()
    {
        _host.Settings["DirectLine:MaxUploadsPerUserPerDay"] = "3";
        var client = _host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            // A new conversation each time, as a reload of the page would give: the limit follows the user.
            var dl = new DirectLineClient(client);
            var conversationId = await dl.StartAsync("""{"user":{"id":"dl_same-person"}}""");
            statuses.Add((await UploadAsync(client, dl.Token!, conversationId, Png, "image/png", "p.png")).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);

        _time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var next = new DirectLineClient(client);
        var again = await next.StartAsync("""{"user":{"id":"dl_same-person"}}""");
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(client, next.Token!, again, Png, "image/png", "p.png")).StatusCode);
    }

    [Fact]
    public async Task One_user_may_upload_only_so_many_bytes_a_day()
    {
        _host.Settings["DirectLine:MaxUploadBytesPerUserPerDay"] = "2048";
        var (client, dl, conversationId) = await StartAsync();
        var big = new byte[1500];
        Png.CopyTo(big, 0);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(client, dl.Token!, conversationId, big, "image/png", "a.png")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await UploadAsync(client, dl.Token!, conversationId, big, "image/png", "b.png")).StatusCode);
    }

    [Fact]
    public async Task Expired_uploads_are_deleted_not_just_hidden()
    {
        var (client, dl, conversationId) = await StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(client, dl.Token!, conversationId, Png, "image/png", "a.png")).StatusCode);
        var store = _host.Services.GetRequiredService<DirectLineStore>();
        var sweeper = _host.Services.GetRequiredService<UploadSweeper>();
        Assert.Equal(0, await sweeper.SweepAsync(CancellationToken.None));
        // The hourly sweep fires as time passes (or this call does it): either way the bytes are gone.
        _time.Advance(TimeSpan.FromHours(25));
        await sweeper.SweepAsync(CancellationToken.None);
        Assert.Equal((0L, 0L), await store.UploadUsageAsync(conversationId, null, TimeSpan.FromDays(30), CancellationToken.None));
    }
}
