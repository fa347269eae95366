namespace LeftBehind.Archive.Access;

/// <summary>What filing a question needs of a child: the name, and the teacher it goes to (null when the class has none).</summary>
internal sealed record ChildAssignment(string Name, int? TeacherId);
