namespace LeftBehind.Archive.Services;

public enum RedeemOutcome
{
    Bound,
    WrongCode,
    Expired,
    AlreadyUsed,
    /// <summary>Too many wrong codes from this conversation, address or channel user; try again later.</summary>
    Throttled,
}
