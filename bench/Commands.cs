using LeftBehind.Bench.Load;

namespace LeftBehind.Bench;

/// <summary>The channel simulator's subcommands (load, comparisons, Direct Line, drills, fuzz); scripts/bench/*.sh call them.</summary>
internal static class Commands
{
    public static async Task<int> RunAsync(string command, string[] args)
    {
        try
        {
            return command switch
            {
                "load" => await LoadCommand.RunAsync(args).ConfigureAwait(false),
                "compare" => await CompareCommand.RunAsync(args).ConfigureAwait(false),
                "directline" => await DirectLine.DirectLineLoadCommand.RunAsync(args).ConfigureAwait(false),
                "cluster" => await Cluster.ClusterLoadCommand.RunAsync(args).ConfigureAwait(false),
                "drill-kill" => await Drills.KillDrillCommand.RunAsync(args).ConfigureAwait(false),
                "drill-postgres" => await Drills.PostgresDrillCommand.RunAsync(args).ConfigureAwait(false),
                "drill-diskfull" => await Drills.DiskFullDrillCommand.RunAsync(args).ConfigureAwait(false),
                "memory" => await MemoryCommand.RunAsync(args).ConfigureAwait(false),
                "fuzz" => await Fuzz.FuzzCommand.RunAsync(args).ConfigureAwait(false),
                "startup" => await Startup.StartupCommand.RunAsync(args).ConfigureAwait(false),
                "serve" => await Startup.ServeCommand.RunAsync(args).ConfigureAwait(false),
                _ => throw new ArgumentException($"unknown command {command}"),
            };
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            PrintUsage();
            return 2;
        }
    }

    public static void PrintUsage()
    {
        string[] lines =
        [
            "  load --bot URL [--pid PID] | --service sqlite|postgres   [--scenario parent|peer|FILE] [--concurrency 50] [--duration-s 20] [--warmup-s 0]",
            "        [--conversations 200] [--turns 6] [--users N] [--expect-replies] [--timeout-ms 5000] [--sink-log F] [--turn-log F]",
            "  compare [--storage sqlite,postgres] [--targets ours,jsbot,floor] [--reps 3] [--duration-s 20] [--warmup-s 5] [--concurrency 50] [--node-cross-check]",
            "  directline --service sqlite|postgres | --base URL [--pid PID]   [--conversations 1000] [--duration-s 60] [--think-ms 5000]",
            "  cluster [--instances 3] [--conversations 60] [--duration-s 60] [--think-ms 200] [--scenario parent]   (PostgreSQL, N instances, YARP in front)",
            "  memory [--conversations 10000] [--users 1000] [--limit-mib 300]",
            "  drill-kill --target sqlite|postgres|jsbot [--kill-at-s 10] [--down-s 1] [--after-s 15] [--concurrency 20]",
            "  drill-postgres [--restart-at-s 8] [--down-s 3] [--after-s 15]",
            "  drill-diskfull [--size-mb 48] [--phase-s 8]   (root: mounts a tmpfs)",
            "  fuzz [--requests 1200] [--seconds 120] [--seed 8]",
            "  startup [--runs 3]   (process start to healthy /healthz: fresh database and restart, SQLite)",
            "  serve [--service sqlite|postgres]   (start the service as the benchmarks do; print its URL; stop on SIGTERM)",
        ];
        foreach (var l in lines) Console.Error.WriteLine(l);
    }
}
