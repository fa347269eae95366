namespace LeftBehind.Bot.WeChat;

/// <summary>
/// One template registered on the platform: its id and the names of its fields in order. The first field gets the
/// notice's title, the others the message text in pieces of at most 20 characters (WeChat's limit for a field).
/// </summary>
internal sealed class WeChatTemplateOptions
{
    public string? Id { get; set; }

    public List<string> Fields { get; set; } = [];
}
