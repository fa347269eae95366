namespace LeftBehind.Archive.Services;

/// <summary>
/// A person caught up in an open emergency: its raiser, someone alerted on it, or a family member of its child.
/// <paramref name="Family"/> is true for a parent or guardian, false for a teacher.
/// </summary>
public sealed record OpenEmergencyMember(int PersonId, int EmergencyId, bool Family);
