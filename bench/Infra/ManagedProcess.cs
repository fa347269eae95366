using System.Diagnostics;
using System.Net.Sockets;

namespace LeftBehind.Bench.Infra;

/// <summary>
/// A child process the bench started (the service, the JS peer, the floor bot): output goes to a log file, and it is
/// always stopped by its own pid (SIGTERM, then SIGKILL after a grace period) — never by name.
/// </summary>
internal sealed class ManagedProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ManagedProcess(string name, Process process, StreamWriter log)
    {
        Name = name;
        _process = process;
        _log = log;
    }

    public string Name { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public string LogPath { get; private init; } = string.Empty;

    public static ManagedProcess Start(string name, string file, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string> env, string logPath)
    {
        var psi = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        if (!process.Start()) throw new InvalidOperationException($"could not start {file}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Console.Error.WriteLine($"[bench] started {name} pid {process.Id} (log {logPath})");
        return new ManagedProcess(name, process, log) { LogPath = logPath };
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log) log.WriteLine(line);
    }

    /// <summary>Waits until something accepts TCP connections on the port (bounded), failing early if the process died.</summary>
    public async Task WaitForPortAsync(int port, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before listening; see {LogPath}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }
        throw new TimeoutException($"{Name} did not listen on port {port} within {timeout.TotalSeconds} s; see {LogPath}");
    }

    public void Kill()
    {
        if (_process.HasExited) return;
        Signals.Send(_process.Id, Signals.SigKill);
        _process.WaitForExit(10_000);
        Console.Error.WriteLine($"[bench] SIGKILL {Name} pid {_process.Id}");
    }

    public async Task StopAsync(TimeSpan grace)
    {
        if (_process.HasExited) return;
        Signals.Send(_process.Id, Signals.SigTerm);
        using var cts = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
            Console.Error.WriteLine($"[bench] stopped {Name} pid {_process.Id}");
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        _process.WaitForExit(2000);
        lock (_log) _log.Dispose();
        _process.Dispose();
    }
}
