// Benchmarks live here; each subcommand is one documented command in BENCHMARKS.md.
Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- <command> [options]");
return 2;
