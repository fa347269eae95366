namespace LeftBehind.Bot.WeChat;

/// <summary>The channel's names on activities: channelId, and the serviceUrl replies to it are addressed to (never a network address).</summary>
internal static class WeChatChannel
{
    public const string ChannelId = "wechat";
    public const string ServiceUrl = "urn:leftbehind:wechat";

    /// <summary>WeChat lets an account write to a user for 48 hours after the user's last message; we stop a little earlier.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(48) - TimeSpan.FromMinutes(5);
}
