using System.Net;
using LeftBehind.Bot.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// Found playing the mother on Web Chat at 390×844: a phone photo over the upload limit got only the server's 413 and
/// Web Chat's "Send failed"; nothing told her why or what to do. The upload is still refused and nothing is stored,
/// and a polite sentence in her language says the picture is too big and how big it may be.
/// </summary>
public sealed class UploadTooLargeTests : IDisposable
{
    private readonly HostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_picture_over_the_limit_is_refused_with_a_polite_sentence_in_the_conversation()
    {
        _host.Settings["DirectLine:MaxUploadBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var client = _host.CreateClient();
        var dl = new DirectLineClient(client);
        var conversationId = await dl.StartAsync("""{"user":{"id":"dl_mum"}}""");
        var big = new byte[1536 * 1024];
        UploadSecurityTests.Png.CopyTo(big, 0);

        var response = await UploadSecurityTests.UploadAsync(client, dl.Token!, conversationId, big, "image/jpeg", "photo.jpg");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var (activities, _) = await dl.GetAsync(conversationId, "");
        var said = Assert.Single(activities, a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.TryGetProperty("text", out _));
        Assert.Equal("这张图片太大了，发不出去。请发 1 MB 以内的照片，或者用手机截个图再发。", said.GetProperty("text").GetString());
        var store = _host.Services.GetRequiredService<DirectLineStore>();
        Assert.Equal((0L, 0L), await store.UploadUsageAsync(conversationId, null, TimeSpan.FromDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task In_english_the_sentence_is_in_english()
    {
        _host.Settings["DirectLine:MaxUploadBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var client = _host.CreateClient();
        var dl = new DirectLineClient(client);
        var conversationId = await dl.StartAsync("""{"user":{"id":"dl_mum"}}""");
        var (posted, _) = await dl.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities",
            """{"type":"message","from":{"id":"dl_mum"},"text":"hello","locale":"en"}""");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var big = new byte[1536 * 1024];

        await UploadSecurityTests.UploadAsync(client, dl.Token!, conversationId, big, "image/jpeg", "photo.jpg");

        var (activities, _) = await dl.GetAsync(conversationId, "");
        Assert.Contains(activities, a => a.TryGetProperty("text", out var t)
            && t.GetString() == "This picture is too big to send. Please send a photo under 1 MB, or send a screenshot of it.");
    }
}
