using System.Diagnostics;
using System.Globalization;
using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.State;
using LeftBehind.Dialogs.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bench.Kernel;

/// <summary>
/// `kernel` subcommand: turn cost of a 3-step waterfall through the real TurnRunner (lock, one read, one
/// eTag-checked write) on memory and on SQLite, state read/write cost on SQLite, and concurrent throughput.
/// Stopwatch harness; every loop is bounded by --conversations.
/// </summary>
internal static class KernelBench
{
    private static readonly string[] Script = ["你好", "1", "三"];

    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = IntArg(args, "--conversations", 2000);
        var concurrency = IntArg(args, "--concurrency", 8);
        var dir = Path.Combine(Path.GetTempPath(), "leftbehind-kernel-bench-" + Guid.NewGuid().ToString("n")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            Console.WriteLine($"kernel bench: {conversations} conversations x {Script.Length} turns, concurrency {concurrency}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            await SequentialAsync("memory", new MemoryStorage(), conversations);
            await SequentialAsync("sqlite", Sqlite(Path.Combine(dir, "seq.db")), conversations);
            await ConcurrentAsync("memory", new MemoryStorage(), conversations, concurrency);
            await ConcurrentAsync("sqlite", Sqlite(Path.Combine(dir, "par.db")), conversations, concurrency);
            await StateCostAsync(Sqlite(Path.Combine(dir, "state.db")), conversations);
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static DbStorage Sqlite(string path) =>
        new(new DbConnectionFactory(Options.Create(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={path}" })));

    private static (TurnRunner Runner, BotCallbackHandler Turn) CreateBot(IStorage storage)
    {
        var user = new UserState(storage);
        var conversation = new ConversationState(storage);
        var accessors = new KernelAccessors(user, conversation);
        var runner = new TurnRunner(user, conversation, new PrivateConversationState(storage), accessors, new ConversationLocks(),
            Options.Create(new KernelOptions()), NullLogger<TurnRunner>.Instance);
        var dialog = new BenchWaterfallDialog();
        return (runner, (ctx, ct) => runner.RunAsync(ctx, async (c, t) => await dialog.RunAsync(c, accessors.DialogState, t).ConfigureAwait(false), ct));
    }

    private static async Task<long> RunConversationAsync(BotCallbackHandler turn, int n, List<double>? latencies)
    {
        var adapter = new TestAdapter(conversationId: "bench-" + n.ToString(CultureInfo.InvariantCulture), userId: "u" + n.ToString(CultureInfo.InvariantCulture));
        var replies = 0L;
        foreach (var text in Script)
        {
            var started = Stopwatch.GetTimestamp();
            await adapter.ProcessActivityAsync(adapter.MakeActivity(text), turn).ConfigureAwait(false);
            latencies?.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            while (adapter.GetNextReply() is not null) replies++;
        }
        return replies;
    }

    private static async Task SequentialAsync(string name, IStorage storage, int conversations)
    {
        var (_, turn) = CreateBot(storage);
        for (var i = 0; i < 300; i++) await RunConversationAsync(turn, -1 - i, null);
        GC.Collect();
        var latencies = new List<double>(conversations * Script.Length);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        long replies = 0;
        for (var i = 0; i < conversations; i++) replies += await RunConversationAsync(turn, i, latencies);
        sw.Stop();
        var cpuPerTurn = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / (conversations * Script.Length);
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var turns = conversations * Script.Length;
        if (replies != turns) throw new InvalidOperationException($"expected {turns} replies, got {replies}");
        Console.WriteLine($"waterfall sequential {name,-6}: {turns / sw.Elapsed.TotalSeconds,8:F0} turns/s  wall {sw.Elapsed.TotalMilliseconds * 1000 / turns,7:F1} us/turn  cpu {cpuPerTurn,6:F1} us/turn  " +
                          $"p50 {Percentile(latencies, 50),6:F2} ms  p99 {Percentile(latencies, 99),6:F2} ms  alloc {bytes / turns / 1024.0,6:F1} KiB/turn");
    }

    private static async Task ConcurrentAsync(string name, IStorage storage, int conversations, int concurrency)
    {
        var (_, turn) = CreateBot(storage);
        for (var i = 0; i < 300; i++) await RunConversationAsync(turn, -1 - i, null);
        var next = -1;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var all = new List<double>[concurrency];
        var sw = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = all[w] = [];
            int n;
            while ((n = Interlocked.Increment(ref next)) < conversations) await RunConversationAsync(turn, n, mine).ConfigureAwait(false);
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        sw.Stop();
        var latencies = all.SelectMany(l => l).ToList();
        var cpuPerTurn = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / latencies.Count;
        Console.WriteLine($"waterfall concurrent {name,-6}: {latencies.Count / sw.Elapsed.TotalSeconds,8:F0} turns/s  cpu {cpuPerTurn,6:F1} us/turn  ({concurrency} conversations at a time)  " +
                          $"p50 {Percentile(latencies, 50),6:F2} ms  p99 {Percentile(latencies, 99),6:F2} ms  max {latencies.Max(),6:F2} ms");
    }

    private static async Task StateCostAsync(DbStorage storage, int count)
    {
        var json = "{\"DialogState\":{\"dialogStack\":[{\"id\":\"bench\",\"stepIndex\":0,\"dialogs\":{\"dialogStack\":[{\"id\":\"steps\",\"stepIndex\":1,\"state\":{\"child\":\"小明\",\"days\":0}},{\"id\":\"days\",\"options\":{\"prompt\":{\"type\":\"message\",\"text\":\"请几天假？\"}},\"state\":{\"attemptCount\":0}}]}}]}}";
        var keys = Enumerable.Range(0, count).Select(i => $"test/conversations/state-{i}").ToArray();
        var tags = new string[count];
        foreach (var (key, i) in keys.Select((k, i) => (k, i))) tags[i] = (await storage.WriteAsync(new Dictionary<string, StorageEntry> { [key] = new(json) }))[key];

        var sw = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) await storage.ReadAsync([keys[i], keys[i] + "/users/u", "test/users/u"]);
        var read = sw.Elapsed.TotalMilliseconds * 1000 / count;
        sw.Restart();
        for (var i = 0; i < count; i++) tags[i] = (await storage.WriteAsync(new Dictionary<string, StorageEntry> { [keys[i]] = new(json, tags[i]) }))[keys[i]];
        var write = sw.Elapsed.TotalMilliseconds * 1000 / count;
        sw.Restart();
        for (var i = 0; i < count; i++)
        {
            await storage.WriteAsync(new Dictionary<string, StorageEntry>
            {
                [keys[i]] = new(json, tags[i]),
                [keys[i] + "/users/u"] = new(json, "*"),
                ["test/users/u" + i.ToString(CultureInfo.InvariantCulture)] = new("{\"profile\":{\"timeZone\":\"Asia/Shanghai\"}}", "*"),
            }).ContinueWith(t => tags[i] = t.Result[keys[i]], TaskScheduler.Default);
        }
        var batch = sw.Elapsed.TotalMilliseconds * 1000 / count;
        Console.WriteLine($"sqlite state: read 3 keys {read,7:F1} us  write 1 key (eTag checked) {write,7:F1} us  write 3 keys in one transaction {batch,7:F1} us  ({json.Length} chars of JSON)");
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
    }
}
