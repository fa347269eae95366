namespace LeftBehind.Archive.Model;

/// <summary>The channel a person asked to be reached on first (stored as its number: new values only at the end).</summary>
public enum PreferredChannel
{
    Chat,
    Sms,
    Voice,
    WeChat,
    WebChat,
}
