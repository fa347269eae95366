using System.Text;
using System.Text.Json;
using LeftBehind.Bot.Adapter;
using LeftBehind.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// <c>GET|POST /api/wechat</c>, the server URL of a 服务号. GET answers WeChat's check with <c>echostr</c> when the
/// signature is ours. POST checks the signature (and <c>msg_signature</c> in compatible and safe mode), decrypts with
/// the current or the previous EncodingAESKey and requires our AppId inside; then stores the message, answers
/// <c>success</c> well within WeChat's 5 seconds and runs the turn in the background. A retry of a stored message is
/// answered <c>success</c> and runs nothing.
/// </summary>
internal static class WeChatEndpoint
{
    public const string Path = "/api/wechat";

    public static void MapWeChat(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Verify);
        app.MapPost(Path, ReceiveAsync);
    }

    private static IResult Verify(HttpContext http, IOptions<WeChatOptions> options)
    {
        var o = options.Value;
        if (!o.IsConfigured) return Results.NotFound();
        var q = http.Request.Query;
        if (!WeChatCrypto.SignatureMatches(q["signature"], o.Token!, q["timestamp"].ToString(), q["nonce"].ToString())) return Results.Text("invalid signature", statusCode: StatusCodes.Status401Unauthorized);
        return Results.Text(q["echostr"].ToString(), "text/plain");
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http,
        WeChatStore store,
        WeChatInboundProcessor processor,
        WeChatCounters counters,
        WeChatMetrics metrics,
        InFlightTurns inFlight,
        IOptions<WeChatOptions> options,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        var o = options.Value;
        if (!o.IsConfigured) return Results.NotFound();
        var logger = loggers.CreateLogger("LeftBehind.Bot.WeChat");
        var q = http.Request.Query;
        string timestamp = q["timestamp"].ToString(), nonce = q["nonce"].ToString();
        if (!WeChatCrypto.SignatureMatches(q["signature"], o.Token!, timestamp, nonce)) return Results.Text("invalid signature", statusCode: StatusCodes.Status401Unauthorized);
        if (http.Request.ContentLength > o.MaxInboundBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var bytes = await ActivityReader.ReadCappedAsync(http.Request.Body, o.MaxInboundBytes, http.RequestAborted);
        if (bytes is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var outer = WeChatXml.Parse(Encoding.UTF8.GetString(bytes));
        if (outer is null) return Results.Text("malformed xml", statusCode: StatusCodes.Status400BadRequest);
        var fields = outer;
        if (string.Equals(q["encrypt_type"], "aes", StringComparison.OrdinalIgnoreCase))
        {
            // Compatible mode carries the plain fields too; only the encrypted ones are believed.
            if (!outer.TryGetValue("Encrypt", out var encrypted) || string.IsNullOrEmpty(encrypted)) return Results.Text("Encrypt missing", statusCode: StatusCodes.Status400BadRequest);
            if (!WeChatCrypto.SignatureMatches(q["msg_signature"], o.Token!, timestamp, nonce, encrypted)) return Results.Text("invalid msg_signature", statusCode: StatusCodes.Status401Unauthorized);
            var inner = Decrypt(encrypted, o);
            if (inner is null)
            {
                logger.LogWarning("WeChat message could not be decrypted with the current or the previous key, or was for another AppId");
                return Results.Text("cannot decrypt", statusCode: StatusCodes.Status401Unauthorized);
            }
            fields = WeChatXml.Parse(inner);
            if (fields is null) return Results.Text("malformed xml", statusCode: StatusCodes.Status400BadRequest);
        }
        else if (!string.IsNullOrEmpty(o.EncodingAESKey) && outer.ContainsKey("Encrypt"))
        {
            return Results.Text("encrypt_type missing", statusCode: StatusCodes.Status400BadRequest);
        }

        var inbound = new WeChatInbound(fields);
        if (!inbound.IsValid) return Results.Text("FromUserName and MsgType are required", statusCode: StatusCodes.Status400BadRequest);
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var fieldsJson = JsonSerializer.Serialize(fields);
        // Once read, the message is stored even if WeChat hangs up meanwhile: its retry then finds it and runs nothing.
        var stored = await store.StoreInboundAsync(inbound.Key, inbound.OpenId, fieldsJson, baseUrl, time.GetUtcNow(), CancellationToken.None);
        if (!stored)
        {
            logger.LogInformation("WeChat retry of {Key} ignored: already stored", inbound.Key);
            await counters.CountAsync("in.retry", CancellationToken.None);
            return Success();
        }
        metrics.Message("in", inbound.MsgType);
        await counters.CountAsync("in." + inbound.MsgType, CancellationToken.None);
        // The turn must not die with the request: WeChat hangs up after 5 s, the answer goes out through the API.
        _ = inFlight.Track(Task.Run(() => processor.ProcessAsync(inbound.Key, fieldsJson, baseUrl, CancellationToken.None), CancellationToken.None));
        return Success();
    }

    private static string? Decrypt(string encrypted, WeChatOptions o)
    {
        foreach (var key in new[] { o.EncodingAESKey, o.PreviousEncodingAESKey })
        {
            if (!WeChatCrypto.IsValidKey(key)) continue;
            if (WeChatCrypto.Decrypt(encrypted, WeChatCrypto.Key(key!)) is { } plain && string.Equals(plain.AppId, o.AppId, StringComparison.Ordinal)) return plain.Message;
        }
        return null;
    }

    /// <summary>WeChat's "received, nothing to say now": the reply follows through the customer-service API.</summary>
    private static IResult Success() => Results.Text("success", "text/plain");
}
