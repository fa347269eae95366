namespace LeftBehind.Archive.Model;

/// <summary>A visit a teacher logs: a festival spent with the child (五个一) or a home visit (家访).</summary>
public enum CareVisitKind
{
    Festival,
    HomeVisit,
}
