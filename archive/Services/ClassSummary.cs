namespace LeftBehind.Archive.Services;

public sealed record ClassSummary(int Id, string Name, int SchoolId, int? HeadTeacherId, IReadOnlyList<PersonRef> Children);
