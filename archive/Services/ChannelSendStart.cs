namespace LeftBehind.Archive.Services;

/// <summary>
/// What beginning a send found: the row to send under (<see cref="Id"/>, <see cref="Reference"/>), or that the key
/// already went out (<see cref="AlreadySent"/>), or that it must wait: its last attempt has no known outcome yet
/// (<see cref="AwaitingReceipt"/>, with <see cref="Id"/>) or another worker is writing it (<see cref="Racing"/>).
/// </summary>
public sealed record ChannelSendStart(long Id, string Reference, bool AlreadySent, bool AwaitingReceipt = false, bool Racing = false);
