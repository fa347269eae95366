namespace LeftBehind.Bench.Load;

/// <summary>
/// One load run: <see cref="Concurrency"/> conversations in flight, each with one outstanding turn; rounds of
/// <see cref="Conversations"/> conversations (fresh ids) repeat until <see cref="DurationS"/> (0 = one round).
/// Users are <see cref="Users"/> channel accounts reused across rounds: a user binds once, then only asks.
/// </summary>
internal sealed record LoadOptions
{
    public required string BotUrl { get; init; }
    public required string ScenarioName { get; init; }
    public int Conversations { get; init; } = 200;
    public int Turns { get; init; } = 6;
    public int Concurrency { get; init; } = 50;
    public double DurationS { get; init; }
    public double WarmupS { get; init; }
    public int TimeoutMs { get; init; } = 5000;
    public bool ExpectReplies { get; init; }
    public int Users { get; init; }
    public int? Pid { get; init; }
    public string? SinkLog { get; init; }
    public string? TurnLog { get; init; }
    public string AdminKey { get; init; } = Infra.ServiceConfig.AdminKey;
    public string Label { get; init; } = string.Empty;
    public bool Quiet { get; init; }

    /// <summary>Fault drills: a turn with no HTTP answer (service down) is redelivered with the same id once the service is back.</summary>
    public bool RedeliverUnacknowledged { get; init; }
}
