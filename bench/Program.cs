// Benchmarks live here; each subcommand is one documented command in BENCHMARKS.md.
if (args.Length > 0 && args[0] == "fanout") return await LeftBehind.Bench.Scheduler.FanoutBenchmark.RunAsync(args[1..]);
Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- <command> [options]");
return 2;
