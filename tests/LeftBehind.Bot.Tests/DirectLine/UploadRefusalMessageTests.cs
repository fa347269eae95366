using System.Net;
using System.Text;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// Like the picture over the size limit: a file that is not a picture, or one picture too many for the day, was
/// refused with a bare 415 or 429 and Web Chat's "Send failed". The refusal stands (nothing stored); the person is
/// told why in the conversation, in a sentence that never repeats what they sent.
/// </summary>
public sealed class UploadRefusalMessageTests : IDisposable
{
    private readonly HostFactory _host = new();

    public void Dispose() => _host.Dispose();

    private static async Task<string?> LastBotTextAsync(DirectLineClient dl, string conversationId)
    {
        var (activities, _) = await dl.GetAsync(conversationId, "");
        return activities.LastOrDefault(a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.TryGetProperty("text", out _)) is { ValueKind: not System.Text.Json.JsonValueKind.Undefined } last
            ? last.GetProperty("text").GetString() : null;
    }

    [Fact]
    public async Task A_file_that_is_not_a_picture_is_refused_with_a_sentence_saying_only_photos_can_be_sent()
    {
        var client = _host.CreateClient();
        var dl = new DirectLineClient(client);
        var conversationId = await dl.StartAsync("""{"user":{"id":"dl_mum"}}""");

        var response = await UploadSecurityTests.UploadAsync(client, dl.Token!, conversationId, Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "text/html", "page.html");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("这个文件发不了，这里只能发照片。", await LastBotTextAsync(dl, conversationId));
    }

    [Fact]
    public async Task A_picture_over_the_days_allowance_is_refused_with_a_sentence_saying_to_send_it_tomorrow()
    {
        _host.Settings["DirectLine:MaxUploadsPerUserPerDay"] = "1";
        var client = _host.CreateClient();
        var dl = new DirectLineClient(client);
        var conversationId = await dl.StartAsync("""{"user":{"id":"dl_mum"}}""");
        Assert.Equal(HttpStatusCode.OK, (await UploadSecurityTests.UploadAsync(client, dl.Token!, conversationId, UploadSecurityTests.Png, "image/png", "a.png")).StatusCode);

        var response = await UploadSecurityTests.UploadAsync(client, dl.Token!, conversationId, UploadSecurityTests.Png, "image/png", "b.png");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("今天发的图片已经够多了，请明天再发。", await LastBotTextAsync(dl, conversationId));
    }
}
