namespace LeftBehind.Dialogs.Resources;

/// <summary>Marker for the tip answers' text (TipStrings*.resx; the neutral file is zh-CN).</summary>
internal sealed class TipStrings;
