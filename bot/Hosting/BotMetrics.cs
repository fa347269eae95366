using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LeftBehind.Bot.Hosting;

/// <summary>The host's OpenTelemetry instruments (exported at /metrics).</summary>
internal sealed class BotMetrics : IDisposable
{
    public const string MeterName = "LeftBehind.Bot";

    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly UpDownCounter<long> _directLineConnections;
    private readonly Counter<long> _connectorErrors;

    public BotMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _turns = _meter.CreateCounter<long>("lb.bot.turns", "{turn}", "Turns run, by channel and outcome");
        _turnDuration = _meter.CreateHistogram<double>("lb.bot.turn.duration", "s", "Time to run one turn", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30] });
        _directLineConnections = _meter.CreateUpDownCounter<long>("lb.directline.connections", "{connection}", "Open Direct Line WebSockets");
        _connectorErrors = _meter.CreateCounter<long>("lb.connector.errors", "{error}", "Bot Connector calls that failed");
    }

    public void Turn(string? channelId, string outcome, TimeSpan elapsed)
    {
        // A TagList lives on the stack: no array per turn.
        var tags = new TagList { { "channel", channelId ?? "unknown" }, { "outcome", outcome } };
        _turns.Add(1, tags);
        _turnDuration.Record(elapsed.TotalSeconds, tags);
    }

    public void DirectLineConnected() => _directLineConnections.Add(1);

    public void DirectLineDisconnected() => _directLineConnections.Add(-1);

    public void ConnectorError() => _connectorErrors.Add(1);

    public void Dispose() => _meter.Dispose();
}
