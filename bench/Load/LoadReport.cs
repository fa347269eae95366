using LeftBehind.Bench.Infra;

namespace LeftBehind.Bench.Load;

/// <summary>The result of one load run (one JSON line; the fields follow peers/load/run.js where they overlap).</summary>
internal sealed record LoadReport(
    string Tool,
    string Label,
    string Mode,
    string Scenario,
    string Bot,
    int Concurrency,
    int Conversations,
    int TurnsPerConversation,
    double DurationS,
    double WarmupS,
    double ElapsedS,
    long TurnsSent,
    long TurnsCompleted,
    double TurnsPerSec,
    LatencySummary LatencyMs,
    long HttpErrors,
    long Timeouts,
    long EmptyReplies,
    long UnexpectedReplies,
    long RepliesReceived,
    long RepliesUnmatched,
    long ProactiveMessages,
    long ConversationsStarted,
    long ConversationsCompleted,
    long ConversationsAbandoned,
    long UsersBound,
    IReadOnlyDictionary<string, long> HttpStatuses,
    IReadOnlyList<string> UnexpectedSamples,
    IReadOnlyList<string> ErrorSamples,
    ProcessUsage? Service,
    IReadOnlyDictionary<string, double>? ServicePerTurn,
    IReadOnlyDictionary<string, LatencySummary>? LatencyMsByStep = null,
    double? ClientCpuMsPerTurn = null);
