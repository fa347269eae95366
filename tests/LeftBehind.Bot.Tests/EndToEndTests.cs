using LeftBehind.Tests.Infrastructure;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// The real service on a loopback port (Kestrel), driven by the official clients from npm: botframework-directlinejs
/// over WebSocket and polling, and botframework-webchat in Debian's headless Chromium.
/// </summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new();
    private readonly string _baseUrl;

    public EndToEndTests()
    {
        _baseUrl = _factory.StartOnLoopback();
    }

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Official_direct_line_client_starts_posts_gets_echo_and_reply_and_reconnects_with_watermark(string mode)
    {
        var (code, output) = await NodeScript.RunAsync("directline.js", _baseUrl, mode);
        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
    }

    [Fact]
    public async Task Official_direct_line_client_shows_a_replayed_history_and_a_message_posted_during_the_replay_in_stored_order()
    {
        var (code, output) = await NodeScript.RunAsync("directline-order.js", _baseUrl);
        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
    }

    [Fact]
    public async Task Web_chat_page_in_headless_chromium_sends_a_message_and_shows_the_reply()
    {
        var shot = Path.Combine(_factory.DataDirectory, "webchat.png");
        var (code, output) = await NodeScript.RunAsync("webchat.js", _baseUrl + "/", shot);
        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
        Assert.True(File.Exists(shot));
    }

    /// <summary>
    /// Found playing the mother, who uses English: the bot answered her in English but the page's title, header and
    /// Web Chat's send box stayed Chinese. The page follows the browser's language, then the language the bot answers
    /// in ("English"), and keeps it over a reload. A new conversation's greeting was Chinese on an English browser (it
    /// goes out before the user writes): the page now starts the conversation with its language.
    /// </summary>
    [Fact]
    public async Task Web_chat_page_words_follow_the_browser_language_and_the_language_the_user_chose()
    {
        var (code, output) = await NodeScript.RunAsync("webchat-language.js", _baseUrl + "/", _factory.DataDirectory);
        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
    }

    [Fact]
    public async Task A_photo_picked_with_the_paperclip_on_the_web_chat_page_reaches_the_service_and_is_answered()
    {
        // Found playing: the page's policy blocked Web Chat from reading the picked file, so the child's reply photo
        // never left the teacher's phone. A real PNG (1x1), sent the way she sends it.
        var photo = Path.Combine(_factory.DataDirectory, "reply-letter.png");
        await File.WriteAllBytesAsync(photo, Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        var shot = Path.Combine(_factory.DataDirectory, "webchat-photo.png");
        var (code, output) = await NodeScript.RunAsync("webchat-photo.js", _baseUrl + "/", photo, shot);
        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
    }
}
