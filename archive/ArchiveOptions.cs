using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Archive;

/// <summary>Section <c>Archive</c>.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    [Range(1, 365)]
    public int InviteExpiryDays { get; set; } = 14;

    /// <summary>Wrong codes allowed per throttle key within the window before every attempt is refused.</summary>
    [Range(1, 1000)]
    public int InviteMaxFailedAttempts { get; set; } = 10;

    [Range(1, 1440)]
    public int InviteThrottleWindowMinutes { get; set; } = 60;

    /// <summary>
    /// Wrong codes the whole service accepts in 24 hours; past it every redemption waits (an attacker rotating
    /// conversations, ids and addresses gets no more guesses than this). The arithmetic is in docs/security.md.
    /// </summary>
    [Range(1, 100_000)]
    public int InviteDailyFailureBudget { get; set; } = 1000;

    /// <summary>Wrong codes in one hour that count as a burst: it is logged as a warning and written to the audit.</summary>
    [Range(1, 100_000)]
    public int InviteFailureBurstPerHour { get; set; } = 30;

    [Required(AllowEmptyStrings = false)]
    public string ConsentPurpose { get; set; } = "family-archive";

    /// <summary>Version of the consent text the conversations show before binding.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConsentTextVersion { get; set; } = "2026-11";
}
