using System.Security.Cryptography;
using System.Text;

namespace LeftBehind.Scheduler.Outbox;

public static class OutboxKey
{
    /// <summary>The dedup key: job, recipient and period, e.g. <c>monthly-letter|42|2026-11</c>.</summary>
    public static string Of(string job, int recipientId, string period) => $"{job}|{recipientId}|{period}";

    /// <summary>
    /// The activity id every send of <paramref name="key"/> carries, first send and any resend after a crash alike:
    /// <c>ob-</c> and 32 hex digits of the key's SHA-256 (fixed length and URL-safe, whatever the caller's key).
    /// </summary>
    public static string ActivityId(string key) =>
        "ob-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 16);
}
