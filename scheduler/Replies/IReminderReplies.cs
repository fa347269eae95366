using LeftBehind.Archive.Services;

namespace LeftBehind.Scheduler.Replies;

/// <summary>
/// Answers to reminders (done / later / can't). The conversations call this when a person replies 1/2/3 (or taps
/// a button) after a reminder; the monthly digest counts them.
/// </summary>
public interface IReminderReplies
{
    /// <summary>The reminder a bare "1"/"2"/"3" from this person answers, if any (sent in the last 3 days, unanswered).</summary>
    Task<OpenReminder?> FindOpenReminderAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the answer to <paramref name="reminderKey"/>, or to the open reminder when no key is given. Returns the
    /// reminder answered, or null when there was none. Answering the same reminder again replaces the answer.
    /// </summary>
    Task<OpenReminder?> RecordAsync(int personId, ReminderReply reply, string? reminderKey = null, CancellationToken cancellationToken = default);

    /// <summary>Answers given by these people in a calendar month (scheduler time zone).</summary>
    Task<ReminderReplyCounts> CountAsync(IReadOnlyCollection<int> personIds, int year, int month, CancellationToken cancellationToken = default);
}
