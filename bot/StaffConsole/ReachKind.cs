namespace LeftBehind.Bot.StaffConsole;

/// <summary>How a message from the console reaches one person, as the console tells the teacher.</summary>
internal enum ReachKind
{
    /// <summary>In a chat (Web Chat, WeChat, …) now.</summary>
    Chat,

    /// <summary>By SMS (or a call) to the phone, with no chat.</summary>
    Sms,

    /// <summary>Held by the outbox until the person agrees to the service (同意): not sent yet.</summary>
    AfterConsent,

    /// <summary>Nothing reaches them: no chat and no phone the message can go to; it waits in their mailbox.</summary>
    NotJoined,

    /// <summary>They left their chat (unfollowed the WeChat account): nothing reaches them.</summary>
    Unfollowed,
}
