namespace LeftBehind.Dialogs.Resources;

/// <summary>Marker for the routing layer's text (ConversationStrings*.resx; the neutral file is zh-CN).</summary>
internal sealed class ConversationStrings;
