using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.State;

/// <summary>The row of one processed activity's replies (addressing stripped); the id guards against a reused slot.</summary>
internal sealed record ProcessedReplies(string Id, List<Activity> Replies);
