namespace LeftBehind.Dialogs.State;

/// <summary>
/// The conversation's last few processed activity ids, oldest first, kept in conversation state so they are saved in
/// the same atomic write as the dialog stack they advanced. Only the ids and slot numbers live here: each activity's
/// replies are written once, into one of <c>window</c> rows of their own, so a turn no longer reads, parses and
/// rewrites the replies of the eleven turns before it (issue #16: the redelivery record written as its changed tail).
/// </summary>
internal sealed class ProcessedActivities
{
    public List<ProcessedActivity> Recent { get; set; } = [];

    public ProcessedActivity? Find(string activityId) =>
        Recent.FindLast(p => string.Equals(p.Id, activityId, StringComparison.Ordinal));

    /// <summary>The storage key of a slot of the conversation whose state is under <paramref name="conversationKey"/>.</summary>
    public static string SlotKey(string conversationKey, int slot) => $"{conversationKey}/processed/{slot}";

    /// <summary>
    /// Appends <paramref name="activityId"/>, keeps the newest <paramref name="window"/> entries and returns the slot its
    /// replies go to: one no kept entry uses (the oldest's, once the window is full), or null when it has no replies to keep.
    /// </summary>
    public int? Add(string activityId, bool keepReplies, int window)
    {
        Recent.RemoveAll(p => string.Equals(p.Id, activityId, StringComparison.Ordinal));
        if (Recent.Count >= window) Recent.RemoveRange(0, Recent.Count - window + 1);
        int? slot = null;
        if (keepReplies)
        {
            slot = 0;
            while (Recent.Exists(p => p.Slot == slot)) slot++;
        }
        Recent.Add(new ProcessedActivity(activityId, slot));
        return slot;
    }
}
