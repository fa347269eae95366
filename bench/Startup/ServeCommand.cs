using System.Runtime.InteropServices;
using System.Text.Json;
using LeftBehind.Bench.Channel;
using LeftBehind.Bench.Infra;

namespace LeftBehind.Bench.Startup;

/// <summary>
/// <c>serve</c>: starts our service exactly as the load benchmarks do (fresh SQLite file, or a private PostgreSQL), prints
/// one JSON line with its URLs and pid once healthy, and keeps it up until SIGTERM or SIGINT; then stops the
/// service (and PostgreSQL) by pid. Lets other tools (the peer's measure.js, the page-load measurement) measure it.
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new CliArgs(argv);
        var service = a.Str("service", "sqlite");
        var outDir = a.Str("out", Path.Combine(Path.GetTempPath(), "lb-bench-serve"));
        a.RejectUnknown();
        await using var sut = await ServiceUnderTest.StartAsync(service, outDir).ConfigureAwait(false);
        Console.WriteLine(JsonSerializer.Serialize(new { baseUrl = sut.BaseUrl, messagesUrl = sut.MessagesUrl, pid = sut.Pid, storage = service }, JsonDefaults.Options));
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
        using var intr = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.TrySetResult(); });
        await stop.Task.ConfigureAwait(false);
        Console.Error.WriteLine("[serve] stopping");
        return 0;
    }
}
