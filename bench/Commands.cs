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
                "drill-kill" => await Drills.KillDrillCommand.RunAsync(args).ConfigureAwait(false),
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
        Console.Error.WriteLine("  load --bot URL | --service sqlite|postgres [--scenario parent|peer|FILE] [--concurrency 50] [--duration-s 20] [--conversations 200] [--turns 6] [--expect-replies] [--warmup-s 0] [--pid PID]");
    }
}
