using System.Globalization;
using LeftBehind.Bench.Infra;

namespace LeftBehind.Bench.Cluster;

/// <summary>
/// <c>cluster</c>: a private PostgreSQL, N instances of the service on it (Quartz clustered), the YARP load balancer in
/// front, and the Direct Line load (<c>directline</c>: conversations with their WebSocket streams open, each binding and
/// then running the scenario) through the proxy. Prints the directline report, the tables' writes and then the
/// live-delivery probe (<see cref="LiveDeliveryProbe"/>, <c>--probes</c>); run once per instance count.
/// </summary>
internal static class ClusterLoadCommand
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new CliArgs(argv);
        var instances = a.Int("instances", 3);
        var conversations = a.Int("conversations", 60);
        var duration = a.Dbl("duration-s", 60);
        var thinkMs = a.Int("think-ms", 200);
        var scenario = a.Str("scenario", "parent");
        var outDir = a.Str("out", Path.Combine(Path.GetTempPath(), "lb-bench-cluster"));
        var probes = a.Int("probes", 20);
        a.RejectUnknown();
        Directory.CreateDirectory(outDir);

        await using var pg = await PostgresInstance.StartAsync().ConfigureAwait(false);
        var cs = await pg.CreateDatabaseAsync("leftbehind_cluster").ConfigureAwait(false);
        var extra = new Dictionary<string, string>
        {
            ["Scheduler__Clustered"] = "true",
            // Every simulated user comes through the one proxy from one loopback address: the per-address limits (made
            // for one household's phone) would throttle the whole load.
            ["RateLimits__TokensPerAddress"] = "100000",
            ["RateLimits__ConversationsPerAddress"] = "100000",
            ["RateLimits__PostsPerAddress"] = "1000000",
            // A typing indicator at the start of every turn (the default waits 500 ms and shows it only for slow turns),
            // so the live-delivery probe can measure it.
            ["Kernel__TypingDelayMs"] = "0",
        };
        var config = ServiceConfig.Postgres(cs) with { Extra = extra };
        var processes = new List<ManagedProcess>();
        try
        {
            // Started together on the empty database, as an orchestrator would: start-up takes turns by itself.
            var ports = Enumerable.Range(0, instances).Select(_ => Ports.Free()).ToList();
            processes.AddRange(await Task.WhenAll(ports.Select((p, i) => Launcher.StartServiceAsync($"instance-{i}", config, p, outDir))).ConfigureAwait(false));
            await using var proxy = await LoadBalancer.StartAsync(Ports.Free(), ports.Select(p => $"http://127.0.0.1:{p}").ToList()).ConfigureAwait(false);
            Console.Error.WriteLine($"[cluster] {instances} instance(s) behind {proxy.BaseUrl}");
            var code = await DirectLine.DirectLineLoadCommand.RunAsync(
            [
                "--base", proxy.BaseUrl,
                "--conversations", conversations.ToString(CultureInfo.InvariantCulture),
                "--duration-s", duration.ToString(CultureInfo.InvariantCulture),
                "--think-ms", thinkMs.ToString(CultureInfo.InvariantCulture),
                "--scenario", scenario,
                "--out", outDir,
            ]).ConfigureAwait(false);
            await PrintTablesAsync(cs).ConfigureAwait(false);
            if (probes > 0)
            {
                using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
                var invites = Channel.Scenario.Load(scenario).Invites ?? throw new InvalidOperationException("the scenario has no invites for the probe");
                await LiveDeliveryProbe.RunAsync(http, ports.Select(p => $"http://127.0.0.1:{p}").ToList(), invites, probes).ConfigureAwait(false);
            }
            return code;
        }
        finally
        {
            foreach (var p in processes) await p.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// What the run wrote, per table: rows inserted and updated (PostgreSQL's own counters) and size on disk, so that
    /// docs/scale.md can compute table sizes and write rates from measured writes per turn.
    /// </summary>
    private static async Task PrintTablesAsync(string connectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using (var analyze = new Npgsql.NpgsqlCommand("SELECT pg_stat_force_next_flush()", connection))
        {
            await analyze.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        await using var cmd = new Npgsql.NpgsqlCommand(
            "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del, n_live_tup, pg_total_relation_size(relid) FROM pg_stat_user_tables WHERE n_tup_ins + n_tup_upd > 0 ORDER BY n_tup_ins + n_tup_upd DESC", connection);
        await using var reader = await cmd.ExecuteReaderAsync().ConfigureAwait(false);
        Console.WriteLine("table\tinserted\tupdated\tdeleted\tlive_rows\tbytes");
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            Console.WriteLine(string.Join('\t', Enumerable.Range(0, 6).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }
    }
}
