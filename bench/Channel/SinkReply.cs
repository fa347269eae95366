namespace LeftBehind.Bench.Channel;

/// <summary>An activity the bot sent to the simulated Bot Connector (or returned in an expectReplies body).</summary>
internal sealed record SinkReply(string ConversationId, string? ReplyToId, string Type, string? Text);
