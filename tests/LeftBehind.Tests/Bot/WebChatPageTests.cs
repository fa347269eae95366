using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using LeftBehind.Tests.Infrastructure;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// The Web Chat page as a phone on a slow link receives it: hashed asset names cached for a year, the Brotli or gzip
/// copy made at build time, and index.html always revalidated so a new build reaches the phone.
/// </summary>
public sealed partial class WebChatPageTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Page_names_hashed_assets_and_is_revalidated_on_every_visit()
    {
        var response = await _factory.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Matches(AssetRegex(), html);
        Assert.DoesNotContain("\"lib/webchat.js\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Web_chat_bundle_is_sent_compressed_cached_for_a_year_and_decompresses_to_the_original(string encoding)
    {
        var client = _factory.CreateClient();
        var bundle = await BundlePathAsync(client);
        using var plainRequest = new HttpRequestMessage(HttpMethod.Get, bundle);
        var plain = await (await client.SendAsync(plainRequest)).Content.ReadAsByteArrayAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, bundle);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(body.Length * 3 < plain.Length, $"{body.Length} compressed vs {plain.Length}");
        Assert.Equal(plain, Decompress(body, encoding));
        // The page's whole first load stays far below the 1.2 MB budget of a slow mobile link.
        Assert.True(body.Length < 600_000, $"bundle is {body.Length} bytes {encoding}");
    }

    [Fact]
    public async Task Compressed_copies_are_not_served_bare()
    {
        var client = _factory.CreateClient();
        var bundle = await BundlePathAsync(client);

        var response = await client.GetAsync(bundle + ".br");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> BundlePathAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/");
        return "/" + AssetRegex().Match(html).Groups[1].Value;
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex("src=\"(lib/webchat\\.[0-9a-f]{12}\\.js)\"")]
    private static partial Regex AssetRegex();
}
