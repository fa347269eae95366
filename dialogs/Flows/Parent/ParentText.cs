using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Parent;

/// <summary>The parent flows' texts (Resources/ParentStrings*.resx; the neutral file is zh-CN).</summary>
internal static class ParentText
{
    public static ResxText Strings { get; } = new(typeof(ParentStrings));
}
