namespace LeftBehind.Scheduler.Outbox;

public sealed record OutboxPage(int Page, int PageSize, long Total, IReadOnlyDictionary<string, long> Counts, IReadOnlyList<OutboxEntry> Items);
