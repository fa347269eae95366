using System.Net;
using LeftBehind.Bot.Auth;
using LeftBehind.Bot.Connector;
using LeftBehind.Bot.Hosting;
using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Adapter;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework channel contract: 405 for other methods, 415 for non-JSON, 413 over the
/// size limit, 400 for malformed JSON or missing fields, 401 for any authentication failure (before anything runs),
/// then the turn: 200 (expectReplies and invoke answers in the body, 501 for an unanswered invoke), or 202 when the turn
/// outlives the channel's 15-second patience and goes on in the background.
/// </summary>
internal static class MessagesEndpoint
{
    public static void MapMessages(this IEndpointRouteBuilder app) => app.Map("/api/messages", HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        CloudAdapter adapter,
        BotTokenValidator validator,
        ServiceUrlTrust trust,
        InFlightTurns inFlight,
        IOptions<BotHostOptions> hostOptions,
        IOptionsMonitor<BotAuthOptions> authOptions,
        TimeProvider time,
        IHostEnvironment environment,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger("LeftBehind.Bot.Messages");
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "POST";
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }
        if (!ActivityReader.IsJson(request)) return Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Content-Type must be application/json");

        var authorization = request.Headers.Authorization.ToString();
        var auth = authOptions.CurrentValue;
        if (auth.IsAuthenticationDisabled)
        {
            // Unauthenticated channel traffic is a Development convenience; start-up refuses this configuration elsewhere.
            if (!environment.IsDevelopment()) return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "authentication required");
            var remote = http.Connection.RemoteIpAddress;
            if (remote is not null && !IPAddress.IsLoopback(remote) && !hostOptions.Value.AllowUnauthenticatedRemote)
            {
                logger.LogWarning("Unauthenticated request from a remote address refused (no MicrosoftAppId configured)");
                return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "authentication required");
            }
        }
        else if (string.IsNullOrEmpty(authorization))
        {
            return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "authentication required");
        }

        var (status, activity) = await ActivityReader.ReadAsync(request, hostOptions.Value.MaxActivityBytes, requireConversation: true, http.RequestAborted);
        switch (status)
        {
            case ActivityReader.Status.TooLarge: return Error(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", "activity too large");
            case ActivityReader.Status.Malformed: return Error(StatusCodes.Status400BadRequest, "BadArgument", "malformed activity JSON");
            case ActivityReader.Status.MissingFields: return Error(StatusCodes.Status400BadRequest, "MissingProperty", "type, channelId and conversation.id are required");
        }

        var result = await validator.AuthenticateAsync(string.IsNullOrEmpty(authorization) ? null : authorization, activity!, http.RequestAborted);
        if (!result.Succeeded) return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "authentication failed");
        if (result.ServiceUrlVerified && activity!.ServiceUrl is { } serviceUrl) await trust.TrustAsync(serviceUrl, http.RequestAborted);

        // The turn must not die with the HTTP request: channels hang up after 15 s and the work goes on.
        var turn = inFlight.Track(adapter.ProcessActivityAsync(activity!, result.CallerId, CancellationToken.None));
        var mustWait = activity!.Type == ActivityTypes.Invoke || activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (!mustWait)
        {
            var finished = await Task.WhenAny(turn, Task.Delay(TimeSpan.FromSeconds(hostOptions.Value.AcknowledgeSeconds), time)) == turn;
            if (!finished) return Results.StatusCode(StatusCodes.Status202Accepted);
        }

        TurnOutcome outcome;
        try
        {
            outcome = await turn.WaitAsync(http.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Turn failed for activity {ActivityId} in conversation {ConversationId}", activity.Id, activity.Conversation?.Id);
            return Error(StatusCodes.Status500InternalServerError, "ServiceError", "the bot failed to handle the activity");
        }

        if (outcome.InvokeResponse is { } invoke)
        {
            return invoke.Body is null ? Results.StatusCode(invoke.Status) : Results.Json(invoke.Body, BotJson.Options, statusCode: invoke.Status);
        }
        if (outcome.BufferedReplies is { } replies) return Results.Json(new ExpectedReplies([.. replies]), BotJson.Options);
        return Results.Ok();
    }

    internal static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorBody(code, message)), BotJson.Options, statusCode: status);
}
