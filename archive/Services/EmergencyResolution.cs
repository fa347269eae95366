namespace LeftBehind.Archive.Services;

/// <summary>What closing an emergency did.</summary>
public enum EmergencyResolution
{
    Resolved,
    AlreadyResolved,

    /// <summary>Only the raiser, a teacher or the guardian on the emergency may close it: a parent far away cannot see the child is safe.</summary>
    NotAllowed,
    NotFound,
}
