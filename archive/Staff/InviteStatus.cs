namespace LeftBehind.Archive.Staff;

public enum InviteStatus
{
    Open,
    Used,
    Expired,
    Revoked,
}
