using System.Text;
using System.Text.Json;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>
/// Makes a turn idempotent per inbound activity id. Channels redeliver an activity whose POST got no answer (the
/// process died after saving the turn, before answering); running it again would run the dialog's next step on the
/// same message. So the id and the turn's replies go into conversation state, in the same atomic write as the dialog
/// stack, and a redelivered id gets those replies again instead of a new turn. The replies themselves go into a row of
/// their own in that same write (<see cref="ProcessedActivities"/>).
/// </summary>
internal sealed class ProcessedActivityLog(ConversationState conversationState, KernelOptions options)
{
    public const string Property = "processedActivities";

    private readonly IStatePropertyAccessor<ProcessedActivities> _accessor = conversationState.CreateProperty<ProcessedActivities>(Property);

    /// <summary>
    /// The id a turn is remembered by, or null for turns that are not: no id, no conversation, typing and trace
    /// (nothing to repeat), proactive continuations (ids of our own), invokes (their answer is the HTTP body).
    /// </summary>
    public string? KeyOf(ITurnContext turnContext)
    {
        var a = turnContext.Activity;
        if (options.ProcessedActivityWindow == 0 || a.Id is not { Length: > 0 } id || a.IsContinuation) return null;
        if (a.Type is ActivityTypes.Typing or ActivityTypes.Trace or ActivityTypes.Invoke) return null;
        return conversationState.GetStorageKey(turnContext) is null ? null : id;
    }

    /// <summary>The replies stored for an activity already processed (addressing stripped), or null when it was not.</summary>
    public async Task<IReadOnlyList<Activity>?> FindAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken)
    {
        var window = await _accessor.GetAsync(turnContext, null, cancellationToken).ConfigureAwait(false);
        if (window?.Find(activityId) is not { } entry) return null;
        if (entry.Replies is { } inline) return inline.Deserialize<List<Activity>>(BotJson.Options) ?? [];
        if (entry.Slot is not { } slot || conversationState.GetStorageKey(turnContext) is not { } conversationKey) return [];
        // Only a redelivery reads the slot: one more round trip, on the rare turn that is not run again.
        var key = ProcessedActivities.SlotKey(conversationKey, slot);
        var rows = await conversationState.Storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (!rows.TryGetValue(key, out var row)) return [];
        var stored = JsonSerializer.Deserialize<ProcessedReplies>(row.Json, BotJson.Options);
        return stored is not null && string.Equals(stored.Id, activityId, StringComparison.Ordinal) ? stored.Replies : [];
    }

    /// <summary>
    /// Adds the activity to the conversation's window, to be saved with the turn's state, and returns the row of its
    /// replies to write in the same batch (null when they are over the size cap: the id alone is kept). A turn that
    /// would write no state at all in a conversation that has none (an unknown sender's message that changed nothing)
    /// is not recorded: running it again changes nothing either, and the record alone would be a write.
    /// </summary>
    public async Task<StateRow?> RecordAsync(ITurnContext turnContext, BotStateSet states, string activityId, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        if (!conversationState.Exists(turnContext) && !states.HasChanges(turnContext)) return null;
        var kept = replies.Where(r => r.Type != ActivityTypes.Typing).Select(StripAddress).ToList();
        var json = JsonSerializer.Serialize(new ProcessedReplies(activityId, kept), BotJson.Options);
        var window = await _accessor.GetAsync(turnContext, () => new ProcessedActivities(), cancellationToken).ConfigureAwait(false);
        var slot = window.Add(activityId, Encoding.UTF8.GetByteCount(json) <= options.ProcessedReplyBytes, options.ProcessedActivityWindow);
        if (slot is null || conversationState.GetStorageKey(turnContext) is not { } conversationKey) return null;
        return new StateRow(conversationState.Storage, ProcessedActivities.SlotKey(conversationKey, slot.Value), new StorageEntry(json, ETags.Any));
    }

    /// <summary>The replay is addressed by the redelivered activity, as the first answer was.</summary>
    private static Activity StripAddress(Activity reply) => reply with
    {
        Id = null,
        Timestamp = null,
        LocalTimestamp = null,
        ServiceUrl = null,
        ChannelId = null,
        From = null,
        Recipient = null,
        Conversation = null,
        ReplyToId = null,
    };
}
