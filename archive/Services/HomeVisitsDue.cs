namespace LeftBehind.Archive.Services;

/// <summary>A head teacher's class children with no 家访 yet this term.</summary>
public sealed record HomeVisitsDue(int HeadTeacherId, IReadOnlyList<PersonRef> Children);
