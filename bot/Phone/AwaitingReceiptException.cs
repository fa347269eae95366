namespace LeftBehind.Bot.Phone;

/// <summary>An earlier send of this key has no known outcome yet; the outbox tries again later and the receipt decides.</summary>
internal sealed class AwaitingReceiptException(string message) : Exception(message);
