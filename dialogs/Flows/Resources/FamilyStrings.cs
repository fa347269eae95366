namespace LeftBehind.Dialogs.Resources;

/// <summary>Marker for the family flows' shared text (FamilyStrings*.resx; the neutral file is zh-CN).</summary>
internal sealed class FamilyStrings;
