using LeftBehind.Dialogs.Guardian;
using LeftBehind.Scheduler.Replies;
using GuardianReply = LeftBehind.Dialogs.Guardian.ReminderReply;
using SchedulerReply = LeftBehind.Scheduler.Replies.ReminderReply;

namespace LeftBehind.Bot.Composition;

/// <summary>A guardian's 1/2/3 after a reminder is stored with the scheduler's reminders and counted in the monthly figures.</summary>
internal sealed class SchedulerReminderReplySink(IReminderReplies replies) : IReminderReplySink
{
    public async Task<string?> LatestOpenAsync(int personId, CancellationToken cancellationToken = default) =>
        (await replies.FindOpenReminderAsync(personId, cancellationToken).ConfigureAwait(false))?.Key;

    public Task RecordAsync(int personId, string reminderKey, GuardianReply reply, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        replies.RecordAsync(personId, reply switch
        {
            GuardianReply.Done => SchedulerReply.Done,
            GuardianReply.Later => SchedulerReply.Later,
            _ => SchedulerReply.CannotDo,
        }, reminderKey, cancellationToken);
}
