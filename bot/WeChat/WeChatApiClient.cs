using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// The WeChat calls the channel makes, all on <see cref="WeChatOptions.ApiBaseUrl"/>: customer-service and template
/// messages, temporary media upload and download, menu creation. A call WeChat answers with 40001/40014/42001 gets a
/// fresh token and is made once more; every answer's errcode goes to the logs, the metrics and the daily counters.
/// </summary>
internal sealed class WeChatApiClient(
    IHttpClientFactory http,
    WeChatTokenSource tokens,
    WeChatCounters counters,
    WeChatMetrics metrics,
    IOptions<WeChatOptions> options,
    ILogger<WeChatApiClient> logger)
{
    public const string HttpClientName = "wechat";

    public static Uri BaseUri(WeChatOptions options) => new(options.ApiBaseUrl.TrimEnd('/') + "/");

    public Task<WeChatApiResult> SendCustomAsync(object message, CancellationToken ct) => PostJsonAsync("message/custom/send", message, ct);

    public Task<WeChatApiResult> SendTemplateAsync(object message, CancellationToken ct) => PostJsonAsync("message/template/send", message, ct);

    public Task<WeChatApiResult> CreateMenuAsync(JsonElement menu, CancellationToken ct) => PostJsonAsync("menu/create", menu, ct);

    public Task<WeChatApiResult> PostJsonAsync(string api, object body, CancellationToken ct) =>
        CallAsync(api, token => new HttpRequestMessage(HttpMethod.Post, Address(api, token)) { Content = JsonContent.Create(body, options: Json) }, ct);

    /// <summary>Uploads temporary media (3 days); returns its media_id.</summary>
    public async Task<string> UploadMediaAsync(string type, byte[] content, string fileName, string contentType, CancellationToken ct)
    {
        var result = await CallAsync("media/upload", token =>
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            form.Add(file, "media", fileName);
            return new HttpRequestMessage(HttpMethod.Post, Address("media/upload", token) + "&type=" + type) { Content = form };
        }, ct).ConfigureAwait(false);
        return result.GetString("media_id") ?? throw new WeChatApiException("media/upload", WeChatErrors.SystemBusy, "no media_id in the answer");
    }

    /// <summary>Downloads temporary media (a user's photo or voice message).</summary>
    public async Task<(byte[] Content, string ContentType)> GetMediaAsync(string mediaId, CancellationToken ct)
    {
        (byte[], string)? file = null;
        await CallAsync("media/get", token => new HttpRequestMessage(HttpMethod.Get, Address("media/get", token) + "&media_id=" + Uri.EscapeDataString(mediaId)), ct,
            async (response, token) =>
            {
                var type = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
                var bytes = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
                // Errors come back as JSON; media as the file itself.
                if (type.Contains("json", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)) return WeChatApiResult.Parse(System.Text.Encoding.UTF8.GetString(bytes));
                file = (bytes, type);
                return new WeChatApiResult(0, null, default);
            }).ConfigureAwait(false);
        return file ?? throw new WeChatApiException("media/get", WeChatErrors.SystemBusy, "no file in the answer");
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // WeChat shows what it gets: Chinese stays readable (and shorter) instead of \uXXXX escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private string Address(string api, string token) => new Uri(BaseUri(options.Value), "cgi-bin/" + api).ToString() + "?access_token=" + Uri.EscapeDataString(token);

    /// <summary>One call, made again once with a new token when WeChat says the token is stale. Raises for any other errcode.</summary>
    private async Task<WeChatApiResult> CallAsync(string api, Func<string, HttpRequestMessage> build, CancellationToken ct,
        Func<HttpResponseMessage, CancellationToken, Task<WeChatApiResult>>? read = null)
    {
        var token = await tokens.GetAsync(ct).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            var result = await SendOnceAsync(api, build(token), read, ct).ConfigureAwait(false);
            metrics.Call(api, result.ErrCode);
            if (result.ErrCode == 0) return result;
            logger.LogWarning("WeChat {Api} answered errcode {ErrCode}", api, result.ErrCode);
            await counters.ErrorAsync(result.ErrCode, ct).ConfigureAwait(false);
            if (result.Action == WeChatErrorAction.RefreshToken && attempt == 0)
            {
                token = await tokens.RefreshAsync(token, ct).ConfigureAwait(false);
                continue;
            }
            throw new WeChatApiException(api, result.ErrCode, result.ErrMsg);
        }
    }

    private async Task<WeChatApiResult> SendOnceAsync(string api, HttpRequestMessage request, Func<HttpResponseMessage, CancellationToken, Task<WeChatApiResult>>? read, CancellationToken ct)
    {
        try
        {
            using (request)
            {
                var client = http.CreateClient(HttpClientName);
                using var response = await client.SendAsync(request, ct).ConfigureAwait(false);
                if ((int)response.StatusCode >= 500) return new WeChatApiResult(WeChatErrors.SystemBusy, $"HTTP {(int)response.StatusCode}", default);
                if (read is not null) return await read(response, ct).ConfigureAwait(false);
                return WeChatApiResult.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException || ex is TaskCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogWarning("WeChat {Api} transport failure: {Error}", api, ex.GetType().Name);
            return new WeChatApiResult(WeChatErrors.SystemBusy, ex.GetType().Name, default);
        }
    }
}
