namespace LeftBehind.Archive.Services;

/// <summary>
/// Nothing is written when <see cref="UnknownNames"/> or <see cref="AmbiguousNames"/> is non-empty,
/// so the teacher can correct the list and send it again. <see cref="Present"/> counts the children who came (late is there).
/// </summary>
public sealed record ClassAttendanceResult(int Present, int Absent, IReadOnlyList<string> UnknownNames, IReadOnlyList<string> AmbiguousNames)
{
    public bool Recorded => UnknownNames.Count == 0 && AmbiguousNames.Count == 0;

    /// <summary>For an ambiguous given name ("小明"), the full names it may mean ("王小明", "李小明"), to ask which one.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Candidates { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The full names of the class's children absent that day as recorded (absent, sick or on leave), in roster order.</summary>
    public IReadOnlyList<string> AbsentNames { get; init; } = [];

    /// <summary>The full names of the class's children recorded late that day, in roster order.</summary>
    public IReadOnlyList<string> LateNames { get; init; } = [];

    /// <summary>How many of the class's children have nothing recorded that day.</summary>
    public int Unrecorded { get; init; }

    /// <summary>The full name of the child a correction was written for; null for a whole list.</summary>
    public string? ChildName { get; init; }
}
