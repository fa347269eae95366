namespace LeftBehind.Archive.Services;

/// <summary>
/// Nothing is written when <see cref="UnknownNames"/> or <see cref="AmbiguousNames"/> is non-empty,
/// so the teacher can correct the list and send it again.
/// </summary>
public sealed record ClassAttendanceResult(int Present, int Absent, IReadOnlyList<string> UnknownNames, IReadOnlyList<string> AmbiguousNames)
{
    public bool Recorded => UnknownNames.Count == 0 && AmbiguousNames.Count == 0;

    /// <summary>For an ambiguous given name ("小明"), the full names it may mean ("王小明", "李小明"), to ask which one.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Candidates { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
