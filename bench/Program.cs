// Benchmarks live here; each subcommand is one documented command in BENCHMARKS.md.
using LeftBehind.Bench.Understanding;

return args.FirstOrDefault() switch
{
    "analyze" => AnalyzeBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- <command> [options]");
    Console.Error.WriteLine("  analyze [--iterations N] [--errors]   held-out intent metrics and local analysis latency");
    return 2;
}
