using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Guardian;
using LeftBehind.Scheduler.Replies;

namespace LeftBehind.Bot.Composition;

/// <summary>A guardian's 1/2/3 after a reminder is stored with the scheduler's reminders and counted in the monthly figures.</summary>
internal sealed class SchedulerReminderReplySink(IReminderReplies replies) : IReminderReplySink
{
    public async Task<string?> LatestOpenAsync(int personId, CancellationToken cancellationToken = default) =>
        (await replies.FindOpenReminderAsync(personId, cancellationToken).ConfigureAwait(false))?.Key;

    public Task RecordAsync(int personId, string reminderKey, ReminderReply reply, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        replies.RecordAsync(personId, reply, reminderKey, cancellationToken);
}
