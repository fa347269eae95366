namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// The guardian's answer to the leave's confirmation, for the child and (when a day was said there) the days it ended on.
/// <see cref="NoSchoolDay"/>: the day said there has no school, so nothing was confirmed yet (asked about as the first day is).
/// </summary>
internal sealed record ConfirmedLeave(bool Yes, int ChildId, LeaveDays? Days = null)
{
    public bool NoSchoolDay { get; init; }
}
