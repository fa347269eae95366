namespace LeftBehind.Archive.Model;

public enum CallBookingStatus
{
    Proposed,
    Confirmed,
    Declined,
    Done,
    Cancelled,
}
