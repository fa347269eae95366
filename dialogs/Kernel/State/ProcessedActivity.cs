using System.Text.Json;

namespace LeftBehind.Dialogs.State;

/// <summary>
/// An inbound activity the conversation has processed. Its replies (JSON array of activities, without addressing) are
/// in a row of their own, <paramref name="Slot"/> (see <see cref="ProcessedActivities.SlotKey"/>); null when they did
/// not fit the size cap. <paramref name="Replies"/> is only set in records written before the replies had rows of
/// their own: those are still replayed from here.
/// </summary>
internal sealed record ProcessedActivity(string Id, int? Slot = null, JsonElement? Replies = null);
