using System.Text.Json;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.WeChat;

/// <summary><c>POST /admin/wechat/menu</c> publishes the role menu; <c>GET /admin/wechat/status</c> shows the token, today's quotas and counts.</summary>
internal static class WeChatAdminEndpoints
{
    public static void MapWeChatAdmin(this RouteGroupBuilder admin)
    {
        admin.MapPost("/wechat/menu", PublishMenuAsync);
        admin.MapGet("/wechat/status", StatusAsync);
        admin.MapGet("/wechat/deliveries", DeliveriesAsync);
    }

    /// <summary>How outbox rows reached WeChat users (customer-service or template, status, last code), newest first; ids only, never text.</summary>
    private static async Task<IResult> DeliveriesAsync(string? openId, int? take, WeChatStore store, CancellationToken ct) =>
        Results.Ok(await store.ListDeliveriesAsync(string.IsNullOrWhiteSpace(openId) ? null : openId, Math.Clamp(take ?? 100, 1, 1000), ct));

    /// <summary>Publishes the body if one is given (WeChat's menu JSON), else the built-in menu in <c>?locale=</c> (zh-CN by default).</summary>
    private static async Task<IResult> PublishMenuAsync(HttpContext http, string? locale, WeChatApiClient api, IOptions<WeChatOptions> options, CancellationToken ct)
    {
        if (!options.Value.IsConfigured) return NotConfigured();
        JsonElement menu;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                menu = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: ct);
            }
            catch (JsonException)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "malformed menu JSON");
            }
            if (menu.ValueKind != JsonValueKind.Object || !menu.TryGetProperty("button", out _)) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "a menu needs a \"button\" array");
        }
        else
        {
            menu = JsonSerializer.SerializeToElement(WeChatMenu.Default(locale ?? "zh-CN"));
        }
        try
        {
            await api.CreateMenuAsync(menu, ct);
        }
        catch (WeChatApiException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "WeChat refused the menu", detail: $"errcode {ex.ErrCode}");
        }
        return Results.Ok(new { published = true, menu });
    }

    private static async Task<IResult> StatusAsync(WeChatStore store, WeChatCounters counters, IOptions<WeChatOptions> options, TimeProvider time, CancellationToken ct)
    {
        var o = options.Value;
        if (!o.IsConfigured) return Results.Ok(new { enabled = false });
        var now = time.GetUtcNow();
        var token = await store.GetTokenAsync(o.AppId!, ct);
        var today = counters.Today;
        var counts = await store.CountersAsync(today, ct);
        var reserve = o.EmergencyReserve;
        object Quota(string name) => new
        {
            used = counts.GetValueOrDefault(name),
            limit = counters.Limit(name),
            limitForNotices = (long)Math.Floor(counters.Limit(name) * (1 - reserve)),
            deferredToTomorrow = counts.GetValueOrDefault("deferred." + name),
        };
        return Results.Ok(new
        {
            enabled = true,
            appId = o.AppId,
            token = token?.AccessToken is null ? null : new
            {
                ageSeconds = (long)(now - token.RefreshedAt).TotalSeconds,
                expiresInSeconds = (long)(token.ExpiresAt - now).TotalSeconds,
                refreshes = token.Refreshes,
            },
            day = today,
            nextQuotaDay = counters.NextDayStart(),
            quota = new { custom = Quota(WeChatCounters.Custom), template = Quota(WeChatCounters.Template) },
            messagesIn = counts.Where(c => c.Key.StartsWith("in.", StringComparison.Ordinal)).ToDictionary(c => c.Key[3..], c => c.Value),
            messagesOut = counts.Where(c => c.Key.StartsWith("out.", StringComparison.Ordinal)).ToDictionary(c => c.Key[4..], c => c.Value),
            errorsByCode = counts.Where(c => c.Key.StartsWith("error.", StringComparison.Ordinal)).ToDictionary(c => c.Key[6..], c => c.Value),
            templateResults = counts.Where(c => c.Key.StartsWith("template.", StringComparison.Ordinal)).ToDictionary(c => c.Key[9..], c => c.Value),
        });
    }

    private static IResult NotConfigured() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "WeChat is not configured", detail: "set WeChat:Enabled, AppId, AppSecret and Token");
}
