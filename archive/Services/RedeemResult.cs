namespace LeftBehind.Archive.Services;

/// <summary><see cref="Person"/> is set only when <see cref="Outcome"/> is Bound.</summary>
public sealed record RedeemResult(RedeemOutcome Outcome, BoundPerson? Person = null, DateTimeOffset? RetryAfter = null);
