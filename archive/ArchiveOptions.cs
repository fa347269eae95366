using System.ComponentModel.DataAnnotations;
using LeftBehind.Archive.Terms;

namespace LeftBehind.Archive;

/// <summary>Section <c>Archive</c>.</summary>
public sealed class ArchiveOptions : IValidatableObject
{
    public const string Section = "Archive";

    [Range(1, 365)]
    public int InviteExpiryDays { get; set; } = 14;

    /// <summary>
    /// Days a chat binding paused because the person left the chat (a WeChat unfollow) is kept, so that following again
    /// finds them without a new code; then the daily <c>binding-expiry</c> job deletes it (PIPL Art. 19: no longer than
    /// the purpose needs). Thirty days covers a mistaken unfollow or a new phone; after that the school issues a new
    /// invite (valid <see cref="InviteExpiryDays"/>), as for anyone joining.
    /// </summary>
    [Range(1, 365)]
    public int SuspendedBindingRetentionDays { get; set; } = 30;

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

    /// <summary>
    /// The 校历: each term's first and last day and its holidays. Empty: the usual school year (see
    /// <see cref="ITermCalendar"/>).
    /// </summary>
    public List<SchoolTerm> Terms { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var ordered = Terms.OrderBy(t => t.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var t = ordered[i];
            if (string.IsNullOrWhiteSpace(t.Name)) yield return new ValidationResult($"Archive:Terms: a term starting {t.Start:yyyy-MM-dd} has no Name.", [nameof(Terms)]);
            if (t.End < t.Start) yield return new ValidationResult($"Archive:Terms: term '{t.Name}' ends before it starts.", [nameof(Terms)]);
            if (i > 0 && t.Start <= ordered[i - 1].End) yield return new ValidationResult($"Archive:Terms: term '{t.Name}' overlaps '{ordered[i - 1].Name}'.", [nameof(Terms)]);
            foreach (var h in t.Holidays.Where(h => h.To < h.From || h.From < t.Start || h.To > t.End))
                yield return new ValidationResult($"Archive:Terms: holiday '{h.Name}' is not inside term '{t.Name}'.", [nameof(Terms)]);
        }
    }
}
