using System.Globalization;

namespace LeftBehind.Bench.Infra;

/// <summary>
/// The service's storage counters (<c>lb_storage_*</c>) and turns (<c>lb_bot_turns</c>) read from its /metrics page,
/// summed over labels. Two snapshots give per-turn figures that do not depend on the machine's load.
/// </summary>
internal sealed record ServiceCounters(IReadOnlyDictionary<string, double> Values)
{
    private const string TurnsKey = "lb_bot_turns_total";

    public static async Task<ServiceCounters?> ReadAsync(string baseUrl)
    {
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
            // /metrics answers only with the admin key once one is set, as the bench's service has.
            http.DefaultRequestHeaders.Add("X-Admin-Key", ServiceConfig.AdminKey);
            var text = await http.GetStringAsync(baseUrl.TrimEnd('/') + "/metrics").ConfigureAwait(false);
            var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var line in text.Split('\n'))
            {
                if (!line.StartsWith("lb_storage_", StringComparison.Ordinal) && !line.StartsWith(TurnsKey, StringComparison.Ordinal) && !IsRuntime(line)) continue;
                var name = line[..line.IndexOfAny(['{', ' '])];
                // Keep the holder/via label apart: which writer waits or holds is the point of these counters.
                var label = System.Text.RegularExpressions.Regex.Match(line, "(via|holder)=\"([^\"]+)\"");
                if (label.Success) name += "{" + label.Groups[2].Value + "}";
                var value = line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0];
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) values[name] = values.GetValueOrDefault(name) + v;
            }
            return new ServiceCounters(values);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"[counters] /metrics not read: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// The runtime's counters that tell work per turn on a busy machine: bytes allocated, collections, GC pause, thread-pool
    /// work items (each an async hop), lock contentions, and the JIT's methods and time (tiering that has not settled
    /// takes CPU from the turns of a measured window).
    /// </summary>
    private static bool IsRuntime(string line) =>
        RuntimeCounters.Any(c => line.StartsWith(c, StringComparison.Ordinal));

    private static readonly string[] RuntimeCounters =
        ["dotnet_gc_heap_total_allocated_bytes_total", "dotnet_gc_collections_total", "dotnet_gc_pause_time_seconds_total",
         "dotnet_thread_pool_work_item_count_total", "dotnet_monitor_lock_contentions_total",
         "dotnet_jit_compilation_time_seconds_total", "dotnet_jit_compiled_methods_total"];

    /// <summary>Each counter's growth since <paramref name="before"/> per turn the service ran meanwhile, the turns, and CPU ms per turn.</summary>
    public static IReadOnlyDictionary<string, double>? PerTurn(ServiceCounters? before, ServiceCounters? after, ProcessUsage? usage)
    {
        if (before is null || after is null) return null;
        var turns = after.Values.GetValueOrDefault(TurnsKey) - before.Values.GetValueOrDefault(TurnsKey);
        var result = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["turns"] = turns };
        if (turns <= 0) return result;
        if (usage is not null) result["service_cpu_ms_per_turn"] = Stats.Round(usage.CpuSeconds * 1000 / turns, 2);
        foreach (var (name, v) in after.Values)
        {
            if (name == TurnsKey) continue;
            result[name + "_per_turn"] = Stats.Round((v - before.Values.GetValueOrDefault(name)) / turns, 3);
        }
        return result;
    }
}
