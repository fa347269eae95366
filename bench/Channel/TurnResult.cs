namespace LeftBehind.Bench.Channel;

/// <summary>One activity sent and what came back: outcome, latency, HTTP status (0 = no answer) and the message replies.</summary>
internal sealed record TurnResult(TurnOutcome Outcome, double Ms, int Status, string ActivityId, IReadOnlyList<string> Replies, string? Error);
