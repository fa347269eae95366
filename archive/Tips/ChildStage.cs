namespace LeftBehind.Archive.Tips;

/// <summary>What a tip needs to know of a child: the birth date and the class name (for the grade).</summary>
public sealed record ChildStage(int ChildId, DateOnly? BirthDate, string? ClassName);
