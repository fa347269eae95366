namespace LeftBehind.Archive.Model;

public enum PreferredChannel
{
    Chat,
    Sms,
    Voice,
}
