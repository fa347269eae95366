// Benchmarks live here; each subcommand is one documented command in BENCHMARKS.md.
using LeftBehind.Bench.Archive;
using LeftBehind.Bench.Understanding;

return args.FirstOrDefault() switch
{
    "analyze" => AnalyzeBenchmark.Run(args[1..]),
    "recognizers" => LeftBehind.Bench.Recognizers.RecognizerSpecBenchmark.Run(args[1..]),
    "urgency" => UrgencyBenchmark.Run(args[1..]),
    "kernel" => await LeftBehind.Bench.Kernel.KernelBench.RunAsync(args[1..]),
    "roster" => await RosterBenchmark.RunAsync(args[1..]),
    "fanout" => await LeftBehind.Bench.Scheduler.FanoutBenchmark.RunAsync(args[1..]),
    "wechat-fanout" => await LeftBehind.Bench.WeChat.WeChatFanoutBenchmark.RunAsync(args[1..]),
    "load" or "compare" or "directline" or "cluster" or "memory" or "drill-kill" or "drill-postgres" or "drill-diskfull" or "fuzz" or "startup" or "serve" => await LeftBehind.Bench.Commands.RunAsync(args[0], args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- <command> [options]");
    Console.Error.WriteLine("  analyze [--iterations N] [--errors]   held-out intent metrics and local analysis latency");
    Console.Error.WriteLine("  recognizers [--show failed|wrong]     number, date-time and yes/no recognisers on the Recognizers-Text specs");
    Console.Error.WriteLine("  urgency [--part tune|heldout|all] [--errors]   adversarial urgency set: emergency recall, false emergencies per 100");
    Console.Error.WriteLine("  kernel ...                            kernel turn cost and state read/write cost (bench/Kernel)");
    Console.Error.WriteLine("  roster [--rows 10000] [--runs 3] [--postgres <admin connection string>]   roster import (docs/benchmarks/archive.md)");
    Console.Error.WriteLine("  fanout ...                            monthly-letter fan-out to a local Bot Connector sink (docs/benchmarks/scheduler.md)");
    Console.Error.WriteLine("  wechat-fanout [--template-quota N]    monthly-letter fan-out to WeChat users through a local WeChat API sink");
    LeftBehind.Bench.Commands.PrintUsage();
    return 2;
}
