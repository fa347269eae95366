namespace LeftBehind.Archive.Tips;

/// <summary>The tip a person's 有用 / 没用 (or a bare 1 / 2) answers.</summary>
public sealed record OpenTip(string OutboxKey, int TipId, DateTimeOffset SentAt);
