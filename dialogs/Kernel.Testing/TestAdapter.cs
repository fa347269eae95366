using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Testing;

/// <summary>
/// An in-memory channel (Bot Builder's TestAdapter): stamps each user activity with the conversation, ids and the
/// TimeProvider's time, runs the middleware pipeline, and queues the bot's replies for assertions.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly Queue<Activity> _replies = new();
    private readonly Lock _gate = new();
    // Inbound ids must not repeat across adapters: a new adapter on the same storage is a restart, and the kernel
    // answers an id it already processed from its record.
    private readonly string _idPrefix = Guid.NewGuid().ToString("n")[..8];
    private int _nextId;

    public TestAdapter(string channelId = Channels.Test, TimeProvider? timeProvider = null, string? locale = "zh-CN", string? conversationId = null, string userId = "user1")
    {
        Time = timeProvider ?? TimeProvider.System;
        Locale = locale;
        Conversation = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://test.invalid/",
            Conversation = new ConversationAccount { Id = conversationId ?? "conv-" + Guid.NewGuid().ToString("n")[..12] },
            User = new ChannelAccount { Id = userId, Name = "User1", Role = "user" },
            Bot = new ChannelAccount { Id = "bot", Name = "Bot", Role = "bot" },
            Locale = locale,
        };
    }

    public ConversationReference Conversation { get; }
    public TimeProvider Time { get; }
    public string? Locale { get; set; }

    /// <summary>Every update and delete the bot asked for, in order.</summary>
    public List<Activity> Updates { get; } = [];
    public List<string> Deletes { get; } = [];

    public Activity MakeActivity(string? text = null)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text };
        Conversation.ApplyTo(activity, isIncoming: true);
        activity.Locale = Locale;
        return activity;
    }

    /// <summary>Runs one turn for an activity from the user (missing fields are filled in as a channel would).</summary>
    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        var a = activity with { };
        a.Type ??= ActivityTypes.Message;
        a.ChannelId ??= Conversation.ChannelId;
        a.ServiceUrl ??= Conversation.ServiceUrl;
        a.Conversation ??= Conversation.Conversation;
        a.From ??= Conversation.User;
        a.Recipient ??= Conversation.Bot;
        a.Locale ??= Locale;
        a.Id ??= $"in-{_idPrefix}-{Interlocked.Increment(ref _nextId)}";
        a.Timestamp ??= Time.GetUtcNow();
        await RunPipelineAsync(new TurnContext(this, a), callback, cancellationToken).ConfigureAwait(false);
    }

    public Task SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        lock (_gate)
        {
            for (var i = 0; i < activities.Count; i++)
            {
                var a = activities[i] with { };
                a.Id ??= "out-" + Interlocked.Increment(ref _nextId);
                a.Timestamp ??= Time.GetUtcNow();
                _replies.Enqueue(a);
                responses[i] = new ResourceResponse(a.Id);
            }
        }
        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        lock (_gate) Updates.Add(activity);
        return Task.FromResult<ResourceResponse?>(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        lock (_gate) Deletes.Add(reference.ActivityId ?? string.Empty);
        return Task.CompletedTask;
    }

    /// <summary>The oldest reply not yet taken, or null.</summary>
    public Activity? GetNextReply()
    {
        lock (_gate) return _replies.TryDequeue(out var a) ? a : null;
    }

    /// <summary>The oldest reply that is not a typing indicator (typing ones before it are dropped).</summary>
    public Activity? GetNextMessage()
    {
        lock (_gate)
        {
            while (_replies.TryDequeue(out var a))
            {
                if (a.Type != ActivityTypes.Typing) return a;
            }
            return null;
        }
    }

    public int PendingReplies
    {
        get
        {
            lock (_gate) return _replies.Count;
        }
    }
}
