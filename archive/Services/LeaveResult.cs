namespace LeftBehind.Archive.Services;

/// <summary>
/// The teachers to tell (head and paired) and how many school days were marked. <paramref name="Repeat"/>: the child
/// was already on leave for some of these days — the request was merged into that one record (its reason updated),
/// and <paramref name="NewDays"/> school days were added to it (0: nothing new for the teachers).
/// </summary>
public sealed record LeaveResult(int LeaveRequestId, int DaysMarked, IReadOnlyList<PersonRef> TeachersToNotify, bool Repeat = false, int NewDays = 0, string? PreviousReason = null);
