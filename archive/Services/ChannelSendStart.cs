namespace LeftBehind.Archive.Services;

/// <summary>
/// What beginning a send found: the row to send under (<see cref="Id"/>, <see cref="Reference"/>), or that the key
/// already went out (<see cref="AlreadySent"/>), or that it must wait: its last attempt has no known outcome yet
/// (<see cref="AwaitingReceipt"/>, with <see cref="Id"/>, the provider's id if known, when the attempt began and whether
/// the receipt wait is over: then the provider's status query decides, never a blind resend) or another worker is
/// writing it (<see cref="Racing"/>).
/// </summary>
public sealed record ChannelSendStart(long Id, string Reference, bool AlreadySent, bool AwaitingReceipt = false, bool Racing = false,
    string? ProviderId = null, DateTimeOffset AttemptedAt = default, bool WaitOver = false);
