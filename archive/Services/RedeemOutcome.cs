namespace LeftBehind.Archive.Services;

public enum RedeemOutcome
{
    Bound,
    WrongCode,
    Expired,
    AlreadyUsed,
    /// <summary>Too many wrong codes from this conversation, address or channel user; try again later.</summary>
    Throttled,
    /// <summary>
    /// The code was revoked or replaced by a newer one (a parent who changed phone): refused like a wrong code and
    /// counted as a failed attempt, but the person is told to use the newest slip rather than to re-check the letters.
    /// </summary>
    Replaced,
}
