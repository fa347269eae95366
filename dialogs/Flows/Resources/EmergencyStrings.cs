namespace LeftBehind.Dialogs.Resources;

/// <summary>Marker for the emergency flow's text and the shared family-flow text (EmergencyStrings*.resx; neutral is zh-CN).</summary>
internal sealed class EmergencyStrings;
