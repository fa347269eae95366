namespace LeftBehind.Scheduler.Outbox;

/// <summary>Outbox job names the delivery policy treats specially.</summary>
public static class OutboxJobs
{
    /// <summary>A notification call only (the emergency ladder's voice step).</summary>
    public const string VoiceCall = "voice-call";

    /// <summary>The school is told that someone could not be reached.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>The school is told that messages for a parent or guardian wait for their consent (issue #14).</summary>
    public const string AwaitingConsent = "awaiting-consent";

    /// <summary>The school is told that the SMS provider refuses a family member's number for the rest of the day.</summary>
    public const string SmsFull = "sms-full";

    /// <summary>The writer of a message is told that it could not be delivered and the outbox gave up on it.</summary>
    public const string NotDelivered = "not-delivered";

    /// <summary>Held rows carry a last_error starting with this, so the admin views can count them.</summary>
    public const string HeldPrefix = "held: ";
}
