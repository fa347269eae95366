using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>What a channel can show. SMS has no buttons, so choices become a numbered list.</summary>
internal static class ChannelCapabilities
{
    public static bool SupportsSuggestedActions(string? channelId) =>
        channelId is Channels.DirectLine or Channels.Webchat or Channels.Emulator or Channels.Test;
}
