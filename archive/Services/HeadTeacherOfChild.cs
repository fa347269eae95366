namespace LeftBehind.Archive.Services;

/// <summary>A head teacher to tell about a family, and the child of theirs it concerns.</summary>
public sealed record HeadTeacherOfChild(int HeadTeacherId, string ChildName);
