using LeftBehind.Scheduler.Recipients;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>Rows for one number sent together as one SMS.</summary>
internal sealed record SmsMergeGroup(IReadOnlyList<OutboxRow> Rows, RecipientBinding Target, OutboxMessage Message);
