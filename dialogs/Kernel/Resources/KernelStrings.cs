namespace LeftBehind.Dialogs.Resources;

/// <summary>Marker for the kernel's own user-facing text (KernelStrings*.resx; the neutral file is zh-CN).</summary>
public sealed class KernelStrings;
