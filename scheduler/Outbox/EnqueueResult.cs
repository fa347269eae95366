namespace LeftBehind.Scheduler.Outbox;

public enum EnqueueResult
{
    /// <summary>Written; the dispatcher will deliver it (at once, or when the recipient's quiet hours end).</summary>
    Enqueued,

    /// <summary>A message with this key for this recipient was already written; nothing new was written.</summary>
    Duplicate,

    /// <summary>The archive has no such person.</summary>
    UnknownRecipient,
}
