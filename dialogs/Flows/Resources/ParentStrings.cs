namespace LeftBehind.Dialogs.Resources;

/// <summary>Marker for the parent flows' text (ParentStrings*.resx; the neutral file is zh-CN).</summary>
internal sealed class ParentStrings;
