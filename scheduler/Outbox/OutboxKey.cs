namespace LeftBehind.Scheduler.Outbox;

public static class OutboxKey
{
    /// <summary>The dedup key: job, recipient and period, e.g. <c>monthly-letter|42|2026-11</c>.</summary>
    public static string Of(string job, int recipientId, string period) => $"{job}|{recipientId}|{period}";
}
