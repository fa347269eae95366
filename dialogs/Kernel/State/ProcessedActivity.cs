using System.Text.Json;

namespace LeftBehind.Dialogs.State;

/// <summary>
/// An inbound activity the conversation has processed: its id and the replies its turn sent, without addressing
/// (JSON array of activities; null when they did not fit the size cap). <paramref name="ReplyBytes"/> is their size.
/// </summary>
internal sealed record ProcessedActivity(string Id, JsonElement? Replies, int ReplyBytes);
