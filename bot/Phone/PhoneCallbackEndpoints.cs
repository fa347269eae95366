using System.Text.Json;
using LeftBehind.Archive.Model;
using LeftBehind.Bot.Sms;
using LeftBehind.Bot.Voice;
using LeftBehind.Scheduler.Outbox;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Phone;

/// <summary>
/// The providers' callbacks in their documented shapes: SMS replies (上行短信), SMS delivery receipts and call results.
/// Each answers in the provider's own success shape (Tencent <c>{"result":0,"errmsg":"OK"}</c>, Aliyun
/// <c>{"code":0,"msg":"成功"}</c>); a refused or unreadable callback gets 403/400 and the provider retries it.
/// </summary>
internal static class PhoneCallbackEndpoints
{
    public static void MapPhoneCallbacks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sms/inbound/{provider}", SmsInboundAsync);
        app.MapPost("/api/sms/status/{provider}", SmsStatusAsync);
        app.MapPost("/api/voice/status/{provider}", VoiceStatusAsync);
    }

    private static async Task<IResult> SmsInboundAsync(string provider, HttpContext http, IOptions<SmsOptions> options, IServiceProvider services, CancellationToken ct)
    {
        if (!Matches(provider, options.Value.Provider)) return Results.NotFound();
        if (!CallbackGuard.Allowed(http, options.Value.Callbacks)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        var inbound = services.GetRequiredService<SmsInbound>();
        using var doc = await ReadAsync(http, ct);
        if (doc is null) return Results.BadRequest();
        foreach (var item in Items(doc.RootElement))
        {
            if (options.Value.Provider == PhoneProvider.Tencent)
            {
                var nation = Str(item, "nationcode") ?? "86";
                var mobile = Str(item, "mobile");
                await inbound.HandleAsync("tencent", mobile is null ? null : "+" + nation + mobile, Str(item, "text"), Str(item, "time"), ct);
            }
            else
            {
                await inbound.HandleAsync("aliyun", Str(item, "phone_number"), Str(item, "content"), Str(item, "sequence_id"), ct);
            }
        }
        return Ok(options.Value.Provider);
    }

    private static async Task<IResult> SmsStatusAsync(string provider, HttpContext http, IOptions<SmsOptions> options, ChannelSendLedger ledger, CancellationToken ct)
    {
        if (!Matches(provider, options.Value.Provider)) return Results.NotFound();
        if (!CallbackGuard.Allowed(http, options.Value.Callbacks)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        using var doc = await ReadAsync(http, ct);
        if (doc is null) return Results.BadRequest();
        foreach (var item in Items(doc.RootElement))
        {
            if (options.Value.Provider == PhoneProvider.Tencent)
            {
                var ok = Str(item, "report_status") == "SUCCESS";
                var phone = PhoneAddress.Normalize("+" + (Str(item, "nationcode") ?? "86") + Str(item, "mobile"));
                await ledger.SettleAsync(PhoneAddress.SmsChannel, "tencent", null, Str(item, "sid"), phone,
                    ok ? ChannelSendStatus.Delivered : ChannelSendStatus.Failed, Str(item, "errmsg") + " " + Str(item, "description"), ct);
            }
            else
            {
                var ok = item.TryGetProperty("success", out var s) && (s.ValueKind == JsonValueKind.True || (s.ValueKind == JsonValueKind.String && s.GetString() == "true"));
                await ledger.SettleAsync(PhoneAddress.SmsChannel, "aliyun", Str(item, "out_id"), Str(item, "biz_id"), PhoneAddress.Normalize(Str(item, "phone_number")),
                    ok ? ChannelSendStatus.Delivered : ChannelSendStatus.Failed, Str(item, "err_code") + " " + Str(item, "err_msg"), ct);
            }
        }
        return Ok(options.Value.Provider);
    }

    private static async Task<IResult> VoiceStatusAsync(string provider, HttpContext http, IOptions<VoiceOptions> options, ChannelSendLedger ledger, CancellationToken ct)
    {
        if (!Matches(provider, options.Value.Provider)) return Results.NotFound();
        if (!CallbackGuard.Allowed(http, options.Value.Callbacks)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        using var doc = await ReadAsync(http, ct);
        if (doc is null) return Results.BadRequest();
        if (options.Value.Provider == PhoneProvider.Tencent)
        {
            if (!doc.RootElement.TryGetProperty("voiceprompt_callback", out var cb)) return Results.BadRequest();
            // 0 answered, 1 not answered, 2 call failed (busy, off, unreachable).
            var status = Str(cb, "result") switch { "0" => ChannelSendStatus.Answered, "1" => ChannelSendStatus.NotAnswered, _ => ChannelSendStatus.Busy };
            await ledger.SettleAsync(PhoneAddress.VoiceChannel, "tencent", null, Str(cb, "callid"), PhoneAddress.Normalize("+" + (Str(cb, "nationcode") ?? "86") + Str(cb, "mobile")), status, null, ct);
        }
        else
        {
            foreach (var item in Items(doc.RootElement))
            {
                await ledger.SettleAsync(PhoneAddress.VoiceChannel, "aliyun", Str(item, "out_id"), Str(item, "call_id"), PhoneAddress.Normalize(Str(item, "callee")),
                    AliyunCallStatus(Str(item, "status_code"), Str(item, "smart_status_code")), Str(item, "status_msg"), ct);
            }
        }
        return Ok(options.Value.Provider);
    }

    /// <summary>Aliyun's call status codes: 200000/200100 the callee listened; 200002 busy; 200003/200005 not answered.</summary>
    private static ChannelSendStatus AliyunCallStatus(string? code, string? smart) => (code, smart) switch
    {
        (_, "ANSWERED") or ("200000", _) or ("200100", _) => ChannelSendStatus.Answered,
        (_, "BUSY") or ("200002", _) => ChannelSendStatus.Busy,
        (_, "NO_ANSWER") or ("200003", _) or ("200005", _) => ChannelSendStatus.NotAnswered,
        _ => ChannelSendStatus.Failed,
    };

    private static bool Matches(string route, PhoneProvider configured) =>
        configured != PhoneProvider.None && route.Equals(configured.ToString(), StringComparison.OrdinalIgnoreCase);

    private static IResult Ok(PhoneProvider provider) => provider == PhoneProvider.Tencent
        ? Results.Json(new Dictionary<string, object> { ["result"] = 0, ["errmsg"] = "OK" })
        : Results.Json(new Dictionary<string, object> { ["code"] = 0, ["msg"] = "成功" });

    private static async Task<JsonDocument?> ReadAsync(HttpContext http, CancellationToken ct)
    {
        try
        {
            return await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement root) =>
        root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
        : root.ValueKind == JsonValueKind.Object ? [root] : [];

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    } : null;
}
