namespace LeftBehind.Archive.Model;

/// <summary>Contact between a parent working away and the child (Minors Protection Law Art. 23: at least weekly).</summary>
public enum ContactKind
{
    Call,
    Letter,
    Message,
}
