namespace LeftBehind.Dialogs.State;

/// <summary>
/// The conversation's last few processed activity ids and their replies, oldest first, kept in conversation state
/// so they are saved in the same atomic write as the dialog stack they advanced.
/// </summary>
internal sealed class ProcessedActivities
{
    public List<ProcessedActivity> Recent { get; set; } = [];

    public ProcessedActivity? Find(string activityId) =>
        Recent.FindLast(p => string.Equals(p.Id, activityId, StringComparison.Ordinal));

    /// <summary>
    /// Appends <paramref name="entry"/> and keeps the newest <paramref name="window"/> entries. Replies are kept newest
    /// first while they fit in <paramref name="maxReplyBytes"/>; older entries beyond that keep only their ids.
    /// </summary>
    public void Add(ProcessedActivity entry, int window, int maxReplyBytes)
    {
        Recent.RemoveAll(p => string.Equals(p.Id, entry.Id, StringComparison.Ordinal));
        Recent.Add(entry);
        if (Recent.Count > window) Recent.RemoveRange(0, Recent.Count - window);
        var total = 0;
        for (var i = Recent.Count - 1; i >= 0; i--)
        {
            if (Recent[i].Replies is null) continue;
            if (total + Recent[i].ReplyBytes <= maxReplyBytes) total += Recent[i].ReplyBytes;
            else Recent[i] = Recent[i] with { Replies = null, ReplyBytes = 0 };
        }
    }
}
