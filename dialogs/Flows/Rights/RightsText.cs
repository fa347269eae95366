using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Rights;

/// <summary>Consent and 「我的信息」 texts (Resources/RightsStrings*.resx; the neutral file is zh-CN).</summary>
internal static class RightsText
{
    public static ResxText Strings { get; } = new(typeof(RightsStrings));
}
