using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeftBehind.Dialogs.Schema;

/// <summary>
/// A Bot Framework v3 activity. Mutable like Bot Builder's, because adapters stamp ids, references and
/// timestamps on it as it travels. Unknown fields land in <see cref="Properties"/> and are written back
/// unchanged, so nothing a channel sends is silently dropped.
/// </summary>
public sealed record Activity
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("timestamp"), JsonConverter(typeof(UtcTimestampConverter))] public DateTimeOffset? Timestamp { get; set; }
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; set; }
    [JsonPropertyName("localTimezone")] public string? LocalTimezone { get; set; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; set; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; set; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; set; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; set; }
    [JsonPropertyName("membersAdded")] public IList<ChannelAccount>? MembersAdded { get; set; }
    [JsonPropertyName("membersRemoved")] public IList<ChannelAccount>? MembersRemoved { get; set; }
    [JsonPropertyName("reactionsAdded")] public IList<MessageReaction>? ReactionsAdded { get; set; }
    [JsonPropertyName("reactionsRemoved")] public IList<MessageReaction>? ReactionsRemoved { get; set; }
    [JsonPropertyName("topicName")] public string? TopicName { get; set; }
    [JsonPropertyName("historyDisclosed")] public bool? HistoryDisclosed { get; set; }
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("speak")] public string? Speak { get; set; }
    [JsonPropertyName("inputHint")] public string? InputHint { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("suggestedActions")] public SuggestedActions? SuggestedActions { get; set; }
    [JsonPropertyName("attachments")] public IList<Attachment>? Attachments { get; set; }
    [JsonPropertyName("entities")] public IList<Entity>? Entities { get; set; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }
    [JsonPropertyName("action")] public string? Action { get; set; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; set; }
    [JsonPropertyName("label")] public string? Label { get; set; }
    [JsonPropertyName("valueType")] public string? ValueType { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("relatesTo")] public ConversationReference? RelatesTo { get; set; }
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("expiration"), JsonConverter(typeof(UtcTimestampConverter))] public DateTimeOffset? Expiration { get; set; }
    [JsonPropertyName("importance")] public string? Importance { get; set; }
    [JsonPropertyName("deliveryMode")] public string? DeliveryMode { get; set; }
    [JsonPropertyName("listenFor")] public IList<string>? ListenFor { get; set; }
    [JsonPropertyName("textHighlights")] public JsonElement? TextHighlights { get; set; }
    [JsonPropertyName("semanticAction")] public JsonElement? SemanticAction { get; set; }
    [JsonPropertyName("callerId")] public string? CallerId { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The reference a proactive message or a stored conversation needs, taken from an inbound activity.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        // A proactive turn answers no one: its sends go to the conversation (SendToConversation), not as a reply.
        ActivityId = (Type == ActivityTypes.ConversationUpdate && ChannelId is Channels.DirectLine or Channels.Webchat) || IsContinuation ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    [JsonIgnore] public bool IsContinuation => Type == ActivityTypes.Event && Name == "ContinueConversation" && RelatesTo is not null;

    /// <summary>A reply as Bot Builder makes it: same conversation, from/recipient swapped, replyToId set.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = null,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name },
        ReplyToId = Type == ActivityTypes.ConversationUpdate && ChannelId is Channels.DirectLine or Channels.Webchat ? null : Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Conversation = Conversation is null ? null : new ConversationAccount { Id = Conversation.Id, Name = Conversation.Name, IsGroup = Conversation.IsGroup, TenantId = Conversation.TenantId },
        Text = text ?? string.Empty,
        Locale = Locale,
    };

    public static Activity CreateMessageActivity(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };
}
