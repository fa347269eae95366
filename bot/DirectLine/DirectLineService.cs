using System.Text.Json;
using LeftBehind.Bot.Adapter;
using LeftBehind.Bot.Hosting;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// The channel side of the built-in Direct Line: starts conversations, stamps and echoes what clients post, runs the
/// bot's turn, and receives the bot's replies and proactive messages into the durable queue.
/// </summary>
internal sealed class DirectLineService(
    DirectLineStore store,
    DirectLineHub hub,
    IClusterLock clusterLock,
    IServiceProvider services,
    InFlightTurns inFlight,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineService> logger) : IDirectLineOutbound
{
    /// <summary>The serviceUrl stamped on activities of our own Direct Line conversations; replies to it never leave the process.</summary>
    public const string ServiceUrl = "urn:leftbehind:directline";

    public bool Owns(string? serviceUrl) => string.Equals(serviceUrl, ServiceUrl, StringComparison.Ordinal);

    public Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken) => DeliverAsync(activity, OutboxKeyOf(activity), cancellationToken);

    public Task<ResourceResponse> DeliverReplyAsync(Activity activity, string replyKey, CancellationToken cancellationToken) =>
        DeliverAsync(activity, OutboxKeyOf(activity) ?? replyKey, cancellationToken);

    private async Task<ResourceResponse> DeliverAsync(Activity activity, string? key, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId)) throw new InvalidOperationException("Direct Line activity without conversation");
        if (activity.Type == ActivityTypes.Typing)
        {
            // Typing goes only over the WebSocket and is never stored (as the hosted Direct Line does).
            var typing = activity with { Id = Guid.NewGuid().ToString("n"), Timestamp = time.GetUtcNow() };
            await hub.SendEphemeralAsync(conversationId, JsonSerializer.Serialize(new ActivitySet([typing], null), BotJson.Options), cancellationToken).ConfigureAwait(false);
            return new ResourceResponse(typing.Id);
        }
        var stored = await store.AppendAsync(activity, key, cancellationToken).ConfigureAwait(false)
                     ?? throw new InvalidOperationException("Direct Line conversation does not exist");
        await hub.NotifyAsync(conversationId, CancellationToken.None).ConfigureAwait(false);
        return new ResourceResponse(stored.Id);
    }

    /// <summary>
    /// The scheduler's idempotency key (<c>channelData.outboxKey</c>). Read only here, on what the bot sends, so that a
    /// client cannot post a key of its own and suppress a message the bot has yet to send.
    /// </summary>
    private static string? OutboxKeyOf(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("outboxKey", out var key) && key.ValueKind == JsonValueKind.String
            ? key.GetString()
            : null;

    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };

    /// <summary>Creates a conversation; when the user is known (token carries an id) the bot hears at once that they joined.</summary>
    public async Task<string> StartAsync(string? conversationId, string? userId, string? locale, CancellationToken ct)
    {
        conversationId ??= NewConversationId();
        await store.CreateConversationAsync(conversationId, null, ct).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(userId) && await store.ClaimUserAsync(conversationId, userId, ct).ConfigureAwait(false))
        {
            await GreetFirstAsync(ConversationUpdate(conversationId, userId, locale), ct).ConfigureAwait(false);
        }
        return conversationId;
    }

    /// <summary>
    /// The greeting is the conversation's first turn. It takes the conversation's turn order before the client can post
    /// (the start call has not answered yet, or the first message is not stored yet), so a first message posted at once
    /// waits for the greeting's replies instead of racing it for the turn lock (its replies came between the greeting's).
    /// </summary>
    private async Task GreetFirstAsync(Activity greeting, CancellationToken ct)
    {
        var held = await clusterLock.AcquireAsync(TurnOrderKey(greeting.Conversation!.Id!), ct).ConfigureAwait(false);
        _ = inFlight.Track(GreetAsync(held, greeting));
    }

    private async Task GreetAsync(IAsyncDisposable held, Activity greeting)
    {
        await using (held.ConfigureAwait(false))
        {
            try
            {
                await RunTurnAsync(greeting).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("conversationUpdate turn failed: {Error}", ex.GetType().Name);
            }
        }
    }

    private static string TurnOrderKey(string conversationId) => "directline-turns/" + conversationId;

    /// <summary>Stores the client's activity (the echo Web Chat waits for), then runs the bot's turn on it.</summary>
    public async Task<(Activity Stored, Task Turn)> PostAsync(string conversationId, Activity posted, string? tokenUserId, CancellationToken ct)
    {
        var userId = tokenUserId ?? posted.From?.Id;
        // Name and role are the client's claims: the echo (seen by every client of the conversation) carries neither.
        var from = new ChannelAccount { Id = userId, Role = "user" };
        var activity = posted with
        {
            Text = posted.Text is { } text ? Security.UserText.Clean(text) : null,
            TextFormat = posted.Text is null ? posted.TextFormat : "plain",
            Id = null,
            Timestamp = time.GetUtcNow(),
            ChannelId = Channels.DirectLine,
            ServiceUrl = ServiceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            From = from,
            Recipient = Bot,
            CallerId = null,
        };
        if (await store.ClaimUserAsync(conversationId, userId!, ct).ConfigureAwait(false))
        {
            await GreetFirstAsync(ConversationUpdate(conversationId, userId!, activity.Locale), ct).ConfigureAwait(false);
        }

        var stored = await store.AppendInboundAsync(activity, ct).ConfigureAwait(false) ?? throw new KeyNotFoundException(conversationId);
        await hub.NotifyAsync(conversationId, CancellationToken.None).ConfigureAwait(false);
        var turn = inFlight.Track(RunInStoredOrderAsync(stored));
        return (stored, turn);
    }

    /// <summary>
    /// Runs the turns of a conversation one at a time and in the order their activities were stored, whichever instance
    /// stored them: under the conversation's cluster lock, every user activity stored after the last one whose turn ran,
    /// up to this one, gets its turn now. An activity whose turn another instance already ran (it found it pending) is
    /// skipped. A turn that fails is logged and passed, so one bad message cannot block the conversation.
    /// </summary>
    private async Task RunInStoredOrderAsync(Activity activity)
    {
        var conversationId = activity.Conversation!.Id!;
        await using var held = await clusterLock.AcquireAsync(TurnOrderKey(conversationId), CancellationToken.None).ConfigureAwait(false);
        await RunDueAsync(conversationId, DirectLineStore.SeqOf(activity.Id!), activity.Id).ConfigureAwait(false);
    }

    /// <summary>
    /// The turns an instance left undone when it died (kill -9 mid-turn: the activity is stored, its turn never
    /// finished): taken only when nobody holds the conversation's turn order — a live instance running or about to run
    /// them holds it — and run in stored order as <see cref="RunInStoredOrderAsync"/> would. Re-running is safe: the
    /// kernel answers an activity it already processed with its stored replies instead of running it again, and every
    /// row a turn files is keyed by its activity (TurnWrites). Returns how many turns ran; 0 when the order was held.
    /// </summary>
    public async Task<int> RecoverAsync(string conversationId, CancellationToken ct)
    {
        await using var held = await clusterLock.TryAcquireAsync(TurnOrderKey(conversationId), ct).ConfigureAwait(false);
        if (held is null) return 0;
        if (await store.GetTurnProgressAsync(conversationId, ct).ConfigureAwait(false) is not { } progress || progress.InboundSeq <= progress.TurnSeq) return 0;
        logger.LogWarning("Conversation {ConversationId}: running the turns up to {Seq} that no instance finished", conversationId, progress.InboundSeq);
        return await RunDueAsync(conversationId, progress.InboundSeq, ownId: null).ConfigureAwait(false);
    }

    /// <summary>Under the conversation's turn order: every user activity after the last whose turn ran, up to <paramref name="seq"/>.</summary>
    private async Task<int> RunDueAsync(string conversationId, long seq, string? ownId)
    {
        var done = await store.GetTurnSeqAsync(conversationId, CancellationToken.None).ConfigureAwait(false);
        // A conversation from before turn tracking: only this activity is due.
        var after = done ?? seq - 1;
        if (after >= seq) return 0;
        var due = await store.ReadInboundAsync(conversationId, after, seq, options.Value.BotId, CancellationToken.None).ConfigureAwait(false);
        Exception? own = null;
        foreach (var pending in due)
        {
            try
            {
                // The bot sees the activity as the channel stored it: id, timestamp, conversation, recipient all set.
                await RunTurnAsync(pending).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (pending.Id == ownId) own = ex;
                else logger.LogError(ex, "Turn of activity {ActivityId} failed", pending.Id);
            }
            await store.SetTurnSeqAsync(conversationId, DirectLineStore.SeqOf(pending.Id!), CancellationToken.None).ConfigureAwait(false);
        }
        if (due.Count == 0 || DirectLineStore.SeqOf(due[^1].Id!) < seq) await store.SetTurnSeqAsync(conversationId, seq, CancellationToken.None).ConfigureAwait(false);
        // The poster's own turn failed: its POST answers 502, as before.
        if (own is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(own);
        return due.Count;
    }

    private Activity ConversationUpdate(string conversationId, string userId, string? locale) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = Guid.NewGuid().ToString("n"),
        Timestamp = time.GetUtcNow(),
        ChannelId = Channels.DirectLine,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = userId },
        Recipient = Bot,
        Locale = locale,
        MembersAdded = [new ChannelAccount { Id = userId }],
    };

    private Task RunTurnAsync(Activity activity) =>
        services.GetRequiredService<CloudAdapter>().ProcessActivityAsync(activity, callerId: null, CancellationToken.None);

    private static string NewConversationId() => Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', 'A').Replace('/', 'B');
}
