namespace LeftBehind.Dialogs.Resources;

/// <summary>Marker for the teacher flows' text (TeacherStrings*.resx; the neutral file is zh-CN).</summary>
internal sealed class TeacherStrings;
