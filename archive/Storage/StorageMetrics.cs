using System.Diagnostics.Metrics;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// Storage instruments, exported at /metrics by the host: connections opened (ADO.NET through the factory, or by EF
/// Core), write units (a transaction, or one statement outside a transaction) and how long writers queued for the
/// SQLite write gate. The benchmarks divide them by the turns served.
/// </summary>
public static class StorageMetrics
{
    public const string MeterName = "LeftBehind.Storage";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Opened = Meter.CreateCounter<long>("lb.storage.connections.opened", "{connection}", "Connections opened, by who opened them");
    private static readonly Counter<long> Writes = Meter.CreateCounter<long>("lb.storage.writes", "{write}", "Write units: transactions and statements outside one");
    private static readonly Counter<long> GateWaits = Meter.CreateCounter<long>("lb.storage.write_gate.waits", "{wait}", "Writers that found the SQLite write gate taken");
    private static readonly Counter<double> GateWaitTime = Meter.CreateCounter<double>("lb.storage.write_gate.wait_time", "ms", "Time writers queued for the SQLite write gate");

    private static readonly Counter<double> GateHoldTime = Meter.CreateCounter<double>("lb.storage.write_gate.hold_time", "ms", "Time the SQLite write gate was held, by holder");

    internal static void GateHeld(string holder, double ms) => GateHoldTime.Add(ms, new KeyValuePair<string, object?>("holder", holder));

    internal static void ConnectionOpened(string via) => Opened.Add(1, new KeyValuePair<string, object?>("via", via));

    internal static void Write(string via) => Writes.Add(1, new KeyValuePair<string, object?>("via", via));

    internal static void GateWaited(double ms)
    {
        GateWaits.Add(1);
        GateWaitTime.Add(ms);
    }
}
