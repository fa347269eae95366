using System.Text.Json.Serialization;

namespace LeftBehind.Dialogs.Schema;

/// <summary>Everything needed to talk to a conversation later (proactive messages).</summary>
public sealed record ConversationReference
{
    [JsonPropertyName("activityId")] public string? ActivityId { get; set; }
    [JsonPropertyName("user")] public ChannelAccount? User { get; set; }
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; set; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }

    /// <summary>The synthetic event a proactive turn runs on, as Bot Builder's ContinueConversation does.</summary>
    public Activity GetContinuationActivity() => new()
    {
        Type = ActivityTypes.Event,
        Name = "ContinueConversation",
        Id = Guid.NewGuid().ToString("n"),
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        Recipient = Bot,
        From = User,
        RelatesTo = this,
    };

    /// <summary>Stamps this reference on an outgoing activity (the bot speaks, so from = bot).</summary>
    public Activity ApplyTo(Activity activity, bool isIncoming = false)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = ServiceUrl;
        activity.Conversation = Conversation;
        activity.Locale ??= Locale;
        if (isIncoming)
        {
            activity.From = User;
            activity.Recipient = Bot;
            if (ActivityId is not null) activity.Id = ActivityId;
        }
        else
        {
            activity.From = Bot;
            activity.Recipient = User;
            if (ActivityId is not null) activity.ReplyToId = ActivityId;
        }
        return activity;
    }
}
