namespace LeftBehind.Archive.Services;

/// <summary>What is recorded of a class's day: present, the names of those absent (any reason), and how many have no record yet.</summary>
public sealed record ClassDay(int Children, int Present, IReadOnlyList<string> Absent, int Unrecorded)
{
    public bool AnyRecorded => Present + Absent.Count > 0;
}
