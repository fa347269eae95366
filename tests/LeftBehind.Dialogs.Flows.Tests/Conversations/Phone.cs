using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Testing;

namespace LeftBehind.Tests.Conversations;

/// <summary>One user's conversation in a <see cref="ConversationHarness"/>: send, then read replies in order.</summary>
internal sealed class Phone(ConversationHarness harness, string userId, string? locale)
{
    private readonly List<string> _log = [];

    public string UserId { get; } = userId;
    public string ConversationId { get; } = "conv-" + userId;
    public string? Locale { get; set; } = locale;

    public Task SendAsync(string? text) => SendAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    public Task SendAsync(Activity activity)
    {
        _log.Add("User: " + (activity.Text ?? $"<{activity.Type}>"));
        return harness.SendAsync(this, activity);
    }

    public Task JoinAsync() => SendAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount { Id = UserId, Name = UserId }],
    });

    /// <summary>The next reply's text; fails with the transcript so far when there is none.</summary>
    public string Reply()
    {
        var reply = harness.Next(this) ?? throw new TranscriptAssertionException("expected a reply, the bot said nothing more\n  " + string.Join("\n  ", _log));
        _log.Add("Bot: " + reply.Text);
        LastActivity = reply;
        return reply.Text ?? string.Empty;
    }

    public Activity? LastActivity { get; private set; }

    /// <summary>The stored address of this phone, as a binding keeps it for proactive messages.</summary>
    public string ReferenceJson => System.Text.Json.JsonSerializer.Serialize(new ConversationReference
    {
        ChannelId = Channels.Test,
        ServiceUrl = "https://test.invalid/",
        Conversation = new ConversationAccount { Id = ConversationId },
        User = new ChannelAccount { Id = UserId },
        Bot = new ChannelAccount { Id = "bot" },
    }, BotJson.Options);

    /// <summary>Every reply still queued, joined (for "somewhere in what the bot said" checks).</summary>
    public string AllReplies()
    {
        var texts = new List<string>();
        while (harness.Next(this) is { } a)
        {
            _log.Add("Bot: " + a.Text);
            texts.Add(a.Text ?? string.Empty);
        }
        return string.Join("\n", texts);
    }

    public void NoMoreReplies()
    {
        if (harness.Next(this) is { } extra) throw new TranscriptAssertionException($"expected no more replies, got \"{extra.Text}\"\n  " + string.Join("\n  ", _log));
    }
}
