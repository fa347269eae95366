// Benchmarks live here; each subcommand is one documented command in BENCHMARKS.md.
using LeftBehind.Bench.Archive;

return args.FirstOrDefault() switch
{
    "roster" => await RosterBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- <command> [options]");
    Console.Error.WriteLine("  roster [--rows 10000] [--runs 3] [--postgres <admin connection string>]   roster import (docs/benchmarks/archive.md)");
    return 2;
}
