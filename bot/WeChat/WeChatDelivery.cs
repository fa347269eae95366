namespace LeftBehind.Bot.WeChat;

/// <summary>How one outbox row reached (or did not reach) one WeChat user: <c>custom</c> or <c>template</c>, and the last code.</summary>
internal sealed record WeChatDelivery(string OutboxKey, string OpenId, string Kind, string Method, string Status, int ErrCode, DateTimeOffset UpdatedAt);
