namespace LeftBehind.Bot.Phone;

/// <summary>
/// An earlier attempt of this key whose outcome is unknown (its answer was lost): the provider's id if it was learned,
/// when the attempt began, and whether the receipt wait is over (then the status query's "no such message" allows one more send).
/// </summary>
internal sealed record PendingSend(string? ProviderId, DateTimeOffset AttemptedAt, bool WaitOver);
