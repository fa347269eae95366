using System.Diagnostics;
using System.Text;

namespace LeftBehind.Tests.Cluster;

/// <summary>One instance of the service as its own process (<c>dotnet LeftBehind.Bot.dll</c>) on a loopback port.</summary>
internal sealed class ServiceInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServiceInstance(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public int ProcessId => _process.Id;

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public bool HasExited => _process.HasExited;

    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    public static ServiceInstance Start(int port, IReadOnlyDictionary<string, string> settings)
    {
        var root = Infrastructure.LeftBehindFactory.RepositoryRoot;
        var dll = Path.Combine(root, "bot", "bin", "Release", "net10.0", "LeftBehind.Bot.dll");
        Assert.True(File.Exists(dll), $"build the bot first ({dll})");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        // appsettings.json names a Urls of its own; the environment overrides it.
        psi.Environment["Urls"] = $"http://127.0.0.1:{port}";
        // Development: the demo school (its invite codes) is seeded only there, and no channel secret is demanded (issue #14).
        psi.Environment["DOTNET_ENVIRONMENT"] = "Development";
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (k, v) in settings) psi.Environment[k.Replace(":", "__", StringComparison.Ordinal)] = v;
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the service");
        var instance = new ServiceInstance(process, port);
        process.OutputDataReceived += (_, e) => instance.Append(e.Data);
        process.ErrorDataReceived += (_, e) => instance.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return instance;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log)
        {
            if (_log.Length < 2_000_000) _log.AppendLine(line);
        }
    }

    /// <summary>Waits (bounded) until /healthz answers 200; fails with the instance's log if it exits or never does.</summary>
    public async Task WaitHealthyAsync(HttpClient http, TimeSpan limit)
    {
        using var cts = new CancellationTokenSource(limit);
        while (true)
        {
            if (_process.HasExited) Assert.Fail($"instance on port {Port} exited ({_process.ExitCode}):\n{Log}");
            try
            {
                using var r = await http.GetAsync(BaseUrl + "/healthz", cts.Token);
                if (r.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (!cts.IsCancellationRequested)
            {
                // The probe's own timeout on a busy machine: ask again.
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"instance on port {Port} not healthy within {limit}:\n{Log}");
            }
            try
            {
                await Task.Delay(100, cts.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"instance on port {Port} not healthy within {limit}:\n{Log}");
            }
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no lease release, connections dropped by the kernel.</summary>
    public void KillHard()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: false);
        _process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
