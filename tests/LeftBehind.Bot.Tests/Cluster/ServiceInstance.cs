using System.Diagnostics;
using System.Text;

namespace LeftBehind.Tests.Cluster;

/// <summary>One instance of the service as its own process (<c>dotnet LeftBehind.Bot.dll</c>) on a loopback port.</summary>
internal sealed class ServiceInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    // Completed by the instance's own log line once every hosted service has started and Kestrel listens (or failed when
    // the process exits first): the signal the health check waits on, instead of asking again and again.
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

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
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => instance._started.TrySetException(new InvalidOperationException($"instance on port {port} exited"));
        process.OutputDataReceived += (_, e) => instance.Append(e.Data);
        process.ErrorDataReceived += (_, e) => instance.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return instance;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        if (line.Contains("Application started", StringComparison.Ordinal)) _started.TrySetResult();
        lock (_log)
        {
            if (_log.Length < 2_000_000) _log.AppendLine(line);
        }
    }

    /// <summary>Waits (bounded) for the instance to say it started, then checks /healthz answers 200; fails with its log otherwise.</summary>
    public async Task WaitHealthyAsync(HttpClient http, TimeSpan limit)
    {
        try
        {
            await _started.Task.WaitAsync(limit);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            Assert.Fail($"instance on port {Port} did not start within {limit} ({ex.Message}):\n{Log}");
        }
        using var r = await http.GetAsync(BaseUrl + "/healthz");
        Assert.True(r.IsSuccessStatusCode, $"instance on port {Port} started but /healthz answered {(int)r.StatusCode}:\n{Log}");
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
