namespace LeftBehind.Dialogs.Resources;

/// <summary>Marker for the care flows' text (CareStrings*.resx; the neutral file is zh-CN).</summary>
internal sealed class CareStrings;
