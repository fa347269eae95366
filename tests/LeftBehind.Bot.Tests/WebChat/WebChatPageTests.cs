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

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Every_asset_the_page_names_is_hashed_sent_compressed_and_cached_for_a_year(string encoding)
    {
        var client = _factory.CreateClient();
        var html = await client.GetStringAsync("/");
        var assets = PageAssetRegex().Matches(html).Select(m => m.Groups[1].Value).ToList();

        // The page's own script and stylesheet as well as Web Chat: a phone on a slow link fetches each once a year.
        Assert.Contains(assets, a => a.StartsWith("app.", StringComparison.Ordinal) && a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("site.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            Assert.Matches(HashedNameRegex(), asset);
            var plain = await client.GetByteArrayAsync("/" + asset);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/" + asset);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal(plain, Decompress(body, encoding));
        }
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Page_itself_is_sent_compressed_and_revalidated(string encoding)
    {
        var client = _factory.CreateClient();
        var plain = await client.GetByteArrayAsync("/");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal(plain, Decompress(await response.Content.ReadAsByteArrayAsync(), encoding));
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

    [GeneratedRegex("(?:src|href)=\"([^\"/:][^\":]*\\.(?:js|css))\"")]
    private static partial Regex PageAssetRegex();

    [GeneratedRegex("\\.[0-9a-f]{12}\\.(?:js|css)$")]
    private static partial Regex HashedNameRegex();
}
