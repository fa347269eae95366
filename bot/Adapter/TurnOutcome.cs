using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.Adapter;

/// <summary>What a finished turn hands back to the HTTP layer: an invoke response and/or buffered expectReplies.</summary>
internal sealed record TurnOutcome(InvokeResponse? InvokeResponse, IReadOnlyList<Activity>? BufferedReplies);
