using LeftBehind.Dialogs.Resources;
namespace LeftBehind.Dialogs.Conversations;

/// <summary>The shared conversation layer's texts (Resources/ConversationStrings*.resx; the neutral file is zh-CN).</summary>
internal static class ConversationText
{
    public static ResxText Strings { get; } = new(typeof(ConversationStrings));
}
