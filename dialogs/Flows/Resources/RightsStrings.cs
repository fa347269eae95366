namespace LeftBehind.Dialogs.Resources;

/// <summary>Marker for consent and 「我的信息」 texts (RightsStrings*.resx; the neutral file is zh-CN).</summary>
internal sealed class RightsStrings;
