using System.Runtime.CompilerServices;
using System.Text.Json;
using LeftBehind.Bot.Connector;
using LeftBehind.Bot.Hosting;
using LeftBehind.Bot.Security;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.Adapter;

/// <summary>
/// Runs turns for inbound activities (channels through /api/messages, our Direct Line server) and proactive ones, and
/// routes what the bot sends: into the expectReplies buffer, into the Direct Line queue, or to the channel's Bot
/// Connector (ReplyToActivity when replyToId is set, else SendToConversation). Turns are not serialised here: the
/// kernel's state layer does that per conversation.
/// </summary>
internal sealed class CloudAdapter : BotAdapter
{
    /// <summary>Turn-state key under which an <c>invokeResponse</c> activity sent by the bot is kept (Bot Builder's name).</summary>
    public const string InvokeResponseKey = "BotFrameworkAdapter.InvokeResponse";

    private const string BufferKey = "LeftBehind.Bot.ExpectRepliesBuffer";
    private const string DeliveryFailureKey = "LeftBehind.Bot.DeliveryFailure";
    private const string ReplyOrdinalKey = "LeftBehind.Bot.DirectLineReplyOrdinal";

    private readonly IBot _bot;
    private readonly ConnectorClient _connector;
    private readonly IDirectLineOutbound _directLine;
    private readonly IChannelOutbound[] _channels;
    private readonly BotMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<CloudAdapter> _logger;

    public CloudAdapter(IBot bot, ConnectorClient connector, IDirectLineOutbound directLine, IEnumerable<LeftBehind.Dialogs.Kernel.IMiddleware> middleware, BotMetrics metrics, TimeProvider time, ILogger<CloudAdapter> logger,
        IEnumerable<IChannelOutbound>? channels = null)
    {
        _channels = channels?.ToArray() ?? [];
        _bot = bot;
        _connector = connector;
        _directLine = directLine;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        foreach (var m in middleware) Use(m);
        OnTurnError = ApologiseAsync;
    }

    /// <summary>Runs one inbound turn through the middleware and the bot. <paramref name="callerId"/> comes from authentication only.</summary>
    public async Task<TurnOutcome> ProcessActivityAsync(Activity activity, string? callerId, CancellationToken cancellationToken)
    {
        activity.CallerId = callerId;
        // What a person writes reaches the bot, the archive and other people without control, bidi or zero-width characters.
        if (activity.Text is { } text) activity.Text = UserText.Clean(text);
        var context = new TurnContext(this, activity);
        List<Activity>? buffer = null;
        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            buffer = [];
            context.TurnState.Set(BufferKey, buffer);
        }

        var started = _time.GetTimestamp();
        var outcome = "ok";
        try
        {
            await RunPipelineAsync(context, _bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            outcome = "error";
            throw;
        }
        finally
        {
            _metrics.Turn(activity.ChannelId, outcome, _time.GetElapsedTime(started));
        }

        InvokeResponse? invoke = null;
        if (activity.Type == ActivityTypes.Invoke)
        {
            invoke = context.TurnState.Get<Activity>(InvokeResponseKey) is { Value: { } v } ? ReadInvokeResponse(v) : new InvokeResponse(501);
        }
        return new TurnOutcome(invoke, buffer);
    }

    /// <summary>
    /// A proactive turn. Raises when a send fails (after the connector's retries) so the scheduler's outbox retries it,
    /// even if the bot's error handler swallowed the exception inside the turn.
    /// </summary>
    public override async Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var context = new TurnContext(this, reference.GetContinuationActivity());
        var started = _time.GetTimestamp();
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
        var failure = context.TurnState.Get<Exception>(DeliveryFailureKey);
        _metrics.Turn(reference.ChannelId, failure is null ? "proactive" : "proactive-failed", _time.GetElapsedTime(started));
        if (failure is not null) throw new ConnectorException("proactive delivery failed", (failure as ConnectorException)?.Status, failure);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        var buffer = turnContext.TurnState.Get<List<Activity>>(BufferKey);
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.Type == ActivityTypes.Message)
            {
                // Our messages quote what people wrote (questions, answers, letters): as markdown a link or an image in
                // them would render and load in the reader's chat, so everything goes out as plain text.
                activity.TextFormat = "plain";
                if (activity.Text is { } text) activity.Text = UserText.Clean(text);
            }
            try
            {
                responses[i] = await SendOneAsync(turnContext, activity, buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                turnContext.TurnState.Set(DeliveryFailureKey, ex);
                throw;
            }
        }
        return responses;
    }

    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        // Direct Line 3.0 has no update; channels that support it get the connector call.
        if (_directLine.Owns(activity.ServiceUrl) || OwnChannel(activity.ChannelId, activity.ServiceUrl) is not null) return Task.FromResult<ResourceResponse?>(null);
        return UpdateViaConnectorAsync(activity, cancellationToken);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        _directLine.Owns(reference.ServiceUrl) || OwnChannel(reference.ChannelId, reference.ServiceUrl) is not null ? Task.CompletedTask : _connector.DeleteAsync(reference, cancellationToken);

    private async Task<ResourceResponse?> UpdateViaConnectorAsync(Activity activity, CancellationToken ct) =>
        await _connector.UpdateAsync(activity, ct).ConfigureAwait(false);

    private async Task<ResourceResponse> SendOneAsync(ITurnContext context, Activity activity, List<Activity>? buffer, CancellationToken ct)
    {
        switch (activity.Type)
        {
            case ActivityTypes.InvokeResponse:
                context.TurnState.Set(InvokeResponseKey, activity);
                return new ResourceResponse(null);
            case "delay":
                var ms = activity.Value is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var n) ? n : 1000;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(ms, 0, 60_000)), _time, ct).ConfigureAwait(false);
                return new ResourceResponse(null);
            case ActivityTypes.Trace when activity.ChannelId != Channels.Emulator:
                return new ResourceResponse(null);
        }

        if (buffer is not null)
        {
            lock (buffer) buffer.Add(activity);
            return new ResourceResponse(string.Empty);
        }
        if (_directLine.Owns(activity.ServiceUrl))
        {
            return ReplyKey(context, activity) is { } replyKey
                ? await _directLine.DeliverReplyAsync(activity, replyKey, ct).ConfigureAwait(false)
                : await _directLine.DeliverAsync(activity, ct).ConfigureAwait(false);
        }
        // WeChat, SMS and voice: the host calls the platform or provider itself.
        if (OwnChannel(activity.ChannelId, activity.ServiceUrl) is { } channel) return await channel.DeliverAsync(activity, ct).ConfigureAwait(false);
        return await _connector.SendAsync(activity, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// "reply:{activity answered}:{n}" for the n-th message a turn sends in answer to the activity it runs on; null for
    /// anything else. The same turn replayed (same activity, same stored replies in the same order) gets the same keys.
    /// </summary>
    private static string? ReplyKey(ITurnContext context, Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.ReplyToId) || activity.ReplyToId != context.Activity.Id) return null;
        var n = (context.TurnState.Get<StrongBox<int>>(ReplyOrdinalKey) ?? Add(context)).Value++;
        return "reply:" + activity.ReplyToId + ":" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

        static StrongBox<int> Add(ITurnContext context)
        {
            var box = new StrongBox<int>(0);
            context.TurnState.Set(ReplyOrdinalKey, box);
            return box;
        }
    }

    private IChannelOutbound? OwnChannel(string? channelId, string? serviceUrl) => Array.Find(_channels, c => c.Owns(channelId, serviceUrl));

    private static InvokeResponse ReadInvokeResponse(JsonElement value)
    {
        var status = value.TryGetProperty("status", out var s) && s.TryGetInt32(out var code) ? code : 200;
        object? body = value.TryGetProperty("body", out var b) && b.ValueKind != JsonValueKind.Null ? b.Clone() : null;
        return new InvokeResponse(status, body);
    }

    private async Task ApologiseAsync(ITurnContext context, Exception exception)
    {
        if (LeftBehind.Scheduler.Outbox.DeliveryDeferredException.Find(exception) is { } deferred)
        {
            // Not a failure: the channel will take the message later (a daily quota), and the outbox waits for it.
            _logger.LogInformation("Delivery deferred until {Until:o}: channel {ChannelId}", deferred.Until, context.Activity.ChannelId);
            return;
        }
        _logger.LogError(exception, "Turn failed: channel {ChannelId}, conversation {ConversationId}, activity {ActivityId}",
            context.Activity.ChannelId, context.Activity.Conversation?.Id, context.Activity.Id);
        if (context.Activity.Type != ActivityTypes.Message || context.TurnState.Get<Exception>(DeliveryFailureKey) is not null) return;
        try
        {
            await context.SendActivityAsync(HostText.Get("TurnError", context.Locale), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning("Could not tell the user about the failed turn: {Error}", ex.GetType().Name);
        }
    }
}
