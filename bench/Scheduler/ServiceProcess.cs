using System.Diagnostics;

namespace LeftBehind.Bench.Scheduler;

/// <summary>The service (bot/bin/Release) as a child process on 127.0.0.1, started, health-checked and killed.</summary>
internal sealed class ServiceProcess(string repositoryRoot, int port, IReadOnlyDictionary<string, string> environment) : IDisposable
{
    private Process? _process;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{port}/");

    public async Task StartAsync(TimeSpan timeout)
    {
        var dll = Path.Combine(repositoryRoot, "bot", "bin", "Release", "net10.0", "LeftBehind.Bot.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("build the service first: dotnet build -c Release bot", dll);
        var psi = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        psi.Environment["Urls"] = BaseAddress.ToString().TrimEnd('/');
        _process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the service");
        _process.OutputDataReceived += (_, e) => { if (e.Data is { } line && line.Contains("fail", StringComparison.OrdinalIgnoreCase)) Console.Error.WriteLine("  service: " + line); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  service: " + e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the service exited with {_process.ExitCode}");
            try
            {
                if ((await http.GetAsync("healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the service did not become healthy");
    }

    /// <summary>SIGKILL: no shutdown hooks run, exactly like a power cut for the process.</summary>
    public void Kill()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }
}
