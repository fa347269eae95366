namespace LeftBehind.Archive.Services;

/// <summary>The teachers to tell (head and paired) and how many school days were marked.</summary>
public sealed record LeaveResult(int LeaveRequestId, int DaysMarked, IReadOnlyList<PersonRef> TeachersToNotify);
