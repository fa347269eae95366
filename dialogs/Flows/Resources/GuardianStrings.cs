namespace LeftBehind.Dialogs.Resources;

/// <summary>Marker for the guardian flows' text (GuardianStrings*.resx; the neutral file is zh-CN).</summary>
internal sealed class GuardianStrings;
