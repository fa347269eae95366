namespace LeftBehind.Dialogs.Schema;

/// <summary>Well-known channel ids.</summary>
public static class Channels
{
    public const string DirectLine = "directline";
    public const string Webchat = "webchat";
    public const string Emulator = "emulator";
    public const string Msteams = "msteams";
    public const string Sms = "sms";
    public const string Test = "test";
}
