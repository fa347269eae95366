namespace LeftBehind.Archive.Model;

public enum ChannelSendStatus
{
    /// <summary>Written; the provider is being called.</summary>
    Sending,
    /// <summary>The provider's answer was lost (timeout, dropped connection): only its receipt can tell.</summary>
    Unknown,
    /// <summary>The provider accepted it; no receipt yet.</summary>
    Accepted,
    /// <summary>The receipt says it reached the phone.</summary>
    Delivered,
    /// <summary>Refused by the provider or a failed receipt.</summary>
    Failed,
    /// <summary>A call that was answered.</summary>
    Answered,
    /// <summary>A call nobody answered.</summary>
    NotAnswered,
    /// <summary>A call to a busy line.</summary>
    Busy,
}
