namespace LeftBehind.Archive.Services;

/// <summary>
/// <see cref="Person"/> is set only when <see cref="Outcome"/> is Bound. <see cref="BurstRecipients"/> is set on the
/// one wrong code that reaches the hourly burst mark: the head teachers whose families hold live codes, to be told.
/// </summary>
public sealed record RedeemResult(RedeemOutcome Outcome, BoundPerson? Person = null, DateTimeOffset? RetryAfter = null, IReadOnlyList<int>? BurstRecipients = null)
{
    /// <summary>
    /// A used, expired or replaced code was a teacher's: she asks the school's administrator for a new one, not the
    /// head teacher (she may be the head teacher). Says nothing of whose code it was.
    /// </summary>
    public bool StaffCode { get; init; }
}
