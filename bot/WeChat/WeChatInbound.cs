using System.Globalization;

namespace LeftBehind.Bot.WeChat;

/// <summary>One message or event WeChat posted, as its fields; <see cref="Key"/> is what makes WeChat's retries of it one message.</summary>
internal sealed record WeChatInbound(IReadOnlyDictionary<string, string> Fields)
{
    public string OpenId => Get("FromUserName") ?? string.Empty;

    public string AccountId => Get("ToUserName") ?? string.Empty;

    public string MsgType => Get("MsgType") ?? string.Empty;

    public string Event => Get("Event") ?? string.Empty;

    public string? EventKey => Get("EventKey");

    /// <summary>
    /// MsgId for messages; FromUserName + CreateTime for events, which have no MsgId (with the event and its key, so a
    /// follow and a menu click in the same second stay two events while WeChat's retries of either stay one).
    /// </summary>
    public string Key => Get("MsgId") is { Length: > 0 } id ? "msg:" + id : $"ev:{OpenId}:{Get("CreateTime")}:{Event}:{EventKey}";

    public DateTimeOffset? CreatedAt => long.TryParse(Get("CreateTime"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 && s < 100_000_000_000
        ? DateTimeOffset.FromUnixTimeSeconds(s)
        : null;

    public string? Get(string name) => Fields.TryGetValue(name, out var v) ? v : null;

    public bool IsValid => OpenId.Length is > 0 and <= 128 && MsgType.Length > 0;
}
