namespace LeftBehind.Bot.DirectLine;

/// <summary>Raised inside an append to undo it when the conversation already holds a message with the same outbox key.</summary>
internal sealed class OutboxKeyAlreadyStoredException() : Exception("the outbox key is already stored in this conversation");
