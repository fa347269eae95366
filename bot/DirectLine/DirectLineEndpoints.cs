using System.Globalization;
using System.Text.Json;
using LeftBehind.Bot.Adapter;
using LeftBehind.Bot.Security;
using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.DirectLine;

/// <summary>Direct Line 3.0 under <c>/v3/directline</c>, as botframework-directlinejs and Web Chat call it.</summary>
internal static class DirectLineEndpoints
{
    public const string CorsPolicy = "DirectLine";
    private const int PageSize = 200;

    public static void MapDirectLine(this IEndpointRouteBuilder app)
    {
        var dl = app.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        dl.MapPost("/tokens/generate", GenerateAsync).WithRateLimitGroup(RateLimitGroup.Tokens);
        dl.MapPost("/tokens/refresh", RefreshAsync).WithRateLimitGroup(RateLimitGroup.Tokens);
        dl.MapPost("/conversations", StartAsync).WithRateLimitGroup(RateLimitGroup.Conversations);
        dl.MapGet("/conversations/{conversationId}", ReconnectAsync);
        dl.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).WithRateLimitGroup(RateLimitGroup.Posts);
        dl.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        dl.MapPost("/conversations/{conversationId}/upload", DirectLineUpload.UploadAsync).WithRateLimitGroup(RateLimitGroup.Uploads);
        dl.MapGet("/conversations/{conversationId}/stream", DirectLineStream.AcceptAsync);
        dl.MapGet("/attachments/{id}", DirectLineUpload.DownloadAsync);
        dl.MapGet("/session/getsessionid", () => Results.Json(new { sessionId = Guid.NewGuid().ToString("n") }));
    }

    internal static IResult Fail(DirectLineCaller caller) => MessagesEndpoint.Error(caller.FailureStatus!.Value, caller.FailureCode!,
        caller.FailureCode switch { "TokenExpired" => "Token expired", "TokenRevoked" => "Token revoked", _ => "Missing or invalid credentials" });

    private static async Task<IResult> GenerateAsync(HttpContext http, DirectLineAuth auth, DirectLineTokens tokens, DirectLineStore store)
    {
        var caller = await auth.AuthenticateAsync(http);
        if (caller.Failed) return Fail(caller);
        if (!caller.IsSecret) return MessagesEndpoint.Error(StatusCodes.Status403Forbidden, "BadArgument", "a secret is required to generate tokens");
        var parameters = await ReadParametersAsync(http.Request);
        if (parameters.UserId is { Length: > 256 })
            return MessagesEndpoint.Error(StatusCodes.Status400BadRequest, "BadArgument", "user id too long");
        var conversationId = Guid.NewGuid().ToString("n");
        await store.CreateConversationAsync(conversationId, null, http.RequestAborted);
        var (token, expiresIn) = await tokens.IssueAsync(conversationId, parameters.UserId, http.RequestAborted);
        return Results.Json(new ConversationAnswer(conversationId, token, expiresIn, null), BotJson.Options);
    }

    private static async Task<IResult> RefreshAsync(HttpContext http, DirectLineAuth auth, DirectLineTokens tokens)
    {
        var caller = await auth.AuthenticateAsync(http);
        if (caller.Failed) return Fail(caller);
        if (caller.Token is not { } current) return MessagesEndpoint.Error(StatusCodes.Status403Forbidden, "BadArgument", "only a token can be refreshed");
        // A refresh continues the chain; past its maximum lifetime the client must start again (a new token from its site).
        if (tokens.ChainEnded(current)) return MessagesEndpoint.Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired");
        var (token, expiresIn) = await tokens.IssueAsync(current.ConversationId, current.UserId, http.RequestAborted, current.ChainStart);
        return Results.Json(new ConversationAnswer(current.ConversationId, token, expiresIn, null), BotJson.Options);
    }

    private static async Task<IResult> StartAsync(HttpContext http, DirectLineAuth auth, DirectLineTokens tokens, DirectLineService service)
    {
        var caller = await auth.AuthenticateAsync(http);
        if (caller.Failed) return Fail(caller);
        var parameters = await ReadParametersAsync(http.Request);
        var userId = caller.Token?.UserId ?? parameters.UserId;
        var conversationId = await service.StartAsync(caller.Token?.ConversationId, userId, parameters.Locale, http.RequestAborted);
        var (token, expiresIn) = await tokens.IssueAsync(conversationId, userId, http.RequestAborted, caller.Token?.ChainStart);
        return Results.Json(new ConversationAnswer(conversationId, token, expiresIn, StreamUrl(http, conversationId, token, null)), BotJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ReconnectAsync(string conversationId, string? watermark, HttpContext http, DirectLineAuth auth, DirectLineTokens tokens, DirectLineStore store)
    {
        var caller = await auth.AuthenticateAsync(http);
        if (caller.Failed) return Fail(caller);
        if (!caller.MayUse(conversationId)) return MessagesEndpoint.Error(StatusCodes.Status403Forbidden, "BadArgument", "token is for another conversation");
        if (!await store.ExistsAsync(conversationId, http.RequestAborted)) return MessagesEndpoint.Error(StatusCodes.Status404NotFound, "BadArgument", "conversation not found");
        var (token, expiresIn) = await tokens.IssueAsync(conversationId, caller.Token?.UserId, http.RequestAborted, caller.Token?.ChainStart);
        return Results.Json(new ConversationAnswer(conversationId, token, expiresIn, StreamUrl(http, conversationId, token, ParseWatermark(watermark))), BotJson.Options);
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpContext http, DirectLineAuth auth, DirectLineService service, DirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var caller = await auth.AuthenticateAsync(http);
        if (caller.Failed) return Fail(caller);
        if (!caller.MayUse(conversationId)) return MessagesEndpoint.Error(StatusCodes.Status403Forbidden, "BadArgument", "token is for another conversation");
        if (!ActivityReader.IsJson(http.Request)) return MessagesEndpoint.Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Content-Type must be application/json");
        var (status, activity) = await ActivityReader.ReadAsync(http.Request, options.Value.MaxActivityBytes, requireConversation: false, http.RequestAborted);
        if (status == ActivityReader.Status.TooLarge) return MessagesEndpoint.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "activity too large");
        if (status != ActivityReader.Status.Ok) return MessagesEndpoint.Error(StatusCodes.Status400BadRequest, "BadArgument", "malformed activity");
        if (caller.Token?.UserId is null && string.IsNullOrWhiteSpace(activity!.From?.Id)) return MessagesEndpoint.Error(StatusCodes.Status400BadRequest, "BadArgument", "from.id is required");
        if (!await store.ExistsAsync(conversationId, http.RequestAborted)) return MessagesEndpoint.Error(StatusCodes.Status404NotFound, "BadArgument", "conversation not found");

        return await RespondAfterTurnAsync(service.PostAsync(conversationId, activity!, caller.Token?.UserId, http.RequestAborted), options.Value.AcknowledgeSeconds, time);
    }

    internal static async Task<IResult> RespondAfterTurnAsync(Task<(Activity Stored, Task Turn)> posting, double acknowledgeSeconds, TimeProvider time)
    {
        var (stored, turn) = await posting;
        // Like the hosted service, the answer waits for the bot (its failure becomes 502), but not past the channel's patience.
        if (await Task.WhenAny(turn, Task.Delay(TimeSpan.FromSeconds(acknowledgeSeconds), time)) == turn && turn.IsFaulted)
            return MessagesEndpoint.Error(StatusCodes.Status502BadGateway, "BotError", "the bot failed to handle the activity");
        return Results.Json(new ResourceResponse(stored.Id), BotJson.Options);
    }

    private static async Task<IResult> GetActivitiesAsync(string conversationId, string? watermark, HttpContext http, DirectLineAuth auth, DirectLineStore store)
    {
        var caller = await auth.AuthenticateAsync(http);
        if (caller.Failed) return Fail(caller);
        if (!caller.MayUse(conversationId)) return MessagesEndpoint.Error(StatusCodes.Status403Forbidden, "BadArgument", "token is for another conversation");
        if (!await store.ExistsAsync(conversationId, http.RequestAborted)) return MessagesEndpoint.Error(StatusCodes.Status404NotFound, "BadArgument", "conversation not found");
        var (activities, next) = await store.ReadAsync(conversationId, ParseWatermark(watermark), PageSize, http.RequestAborted);
        return Results.Json(new ActivitySet(activities, next.ToString(CultureInfo.InvariantCulture)), BotJson.Options);
    }

    internal static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) && w > 0 ? w : 0;

    private static string StreamUrl(HttpContext http, string conversationId, string token, long? watermark)
    {
        var scheme = http.Request.IsHttps ? "wss" : "ws";
        var wm = watermark is > 0 ? "watermark=" + watermark.Value.ToString(CultureInfo.InvariantCulture) + "&" : string.Empty;
        return $"{scheme}://{http.Request.Host}{http.Request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?{wm}t={Uri.EscapeDataString(token)}";
    }

    private static async Task<TokenParameters> ReadParametersAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 or > 64 * 1024 || !ActivityReader.IsJson(request)) return new TokenParameters(null, null);
        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new TokenParameters(null, null);
            string? user = root.TryGetProperty("user", out var u) && u.ValueKind == JsonValueKind.Object && u.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            string? locale = root.TryGetProperty("locale", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
            return new TokenParameters(string.IsNullOrWhiteSpace(user) ? null : user, locale);
        }
        catch (JsonException)
        {
            return new TokenParameters(null, null);
        }
    }

    private sealed record TokenParameters(string? UserId, string? Locale);
}
