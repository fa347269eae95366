namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// The only reasons a row may be written <see cref="OutboxStatus.Dead"/>: the person can never be reached (erased,
/// blocked), the provider refused in a way retrying cannot fix, the row was cancelled or unreadable, or attempts ran
/// out. "Not bound yet" is none of them — that row is held. <see cref="OutboxStore.CompleteAsync"/> refuses any other.
/// </summary>
public static class OutboxDeadReasons
{
    public const string Erased = "recipient erased";
    public const string Blocked = "recipient blocked";
    public const string Refused = "refused: ";
    public const string Cancelled = "cancelled: ";
    public const string Unreadable = "unreadable payload";
    public const string GaveUp = "gave up after ";

    private static readonly string[] Allowed = [Erased, Blocked, Refused, Cancelled, Unreadable, GaveUp];

    /// <summary>Whether <paramref name="reason"/> may stand on a dead row.</summary>
    public static bool IsAllowed(string? reason) =>
        reason is { Length: > 0 } && Allowed.Any(a => reason.StartsWith(a, StringComparison.Ordinal));

    /// <summary>The reason written when attempts ran out, with the last error.</summary>
    public static string AfterAttempts(int attempts, string lastError) => $"{GaveUp}{attempts} attempts: {lastError}";
}
