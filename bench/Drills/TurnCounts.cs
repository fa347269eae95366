namespace LeftBehind.Bench.Drills;

/// <summary>Turns in a time window: answered normally, answered with the service's apology (turn error), or failed (no 2xx / no reply).</summary>
internal sealed record TurnCounts(int Ok, int Apology, int Failed);
