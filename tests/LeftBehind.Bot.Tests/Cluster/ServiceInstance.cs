using System.Diagnostics;
using System.Text;

namespace LeftBehind.Tests.Cluster;

/// <summary>One instance of the service as its own process (<c>dotnet LeftBehind.Bot.dll</c>) on a loopback port.</summary>
internal sealed class ServiceInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    // The instance's own signals: its "Application started" line (every hosted service started, Kestrel listening)
    // and its exit. Waiting on them replaces asking /healthz again and again.
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Kestrel's "Now listening on: http://127.0.0.1:40449" (Microsoft.Hosting.Lifetime, Information), logged before "Application started".
    private static readonly System.Text.RegularExpressions.Regex ListeningOn = new(@"Now listening on: http://127\.0\.0\.1:(\d+)");

    private ServiceInstance(Process process) => _process = process;

    /// <summary>The port Kestrel bound, known once the instance said it listens (0 before).</summary>
    public int Port { get; private set; }

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

    /// <summary>
    /// Starts the instance on a port of the kernel's choosing: a port picked free here and bound later by the child
    /// could be taken in between (it was, once, in CI), so the instance binds port 0 and says which port it got.
    /// </summary>
    public static ServiceInstance Start(IReadOnlyDictionary<string, string> settings)
    {
        var root = Infrastructure.LeftBehindFactory.RepositoryRoot;
        var dll = Path.Combine(root, "bot", "bin", "Release", "net10.0", "LeftBehind.Bot.dll");
        Assert.True(File.Exists(dll), $"build the bot first ({dll})");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        // appsettings.json names a Urls of its own; the environment overrides it.
        psi.Environment["Urls"] = "http://127.0.0.1:0";
        // Development: the demo school (its invite codes) is seeded only there, and no channel secret is demanded (issue #14).
        psi.Environment["DOTNET_ENVIRONMENT"] = "Development";
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (k, v) in settings) psi.Environment[k.Replace(":", "__", StringComparison.Ordinal)] = v;
        // Exited is wired before the start, so an instance that dies at once is heard of too.
        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        var instance = new ServiceInstance(process);
        process.Exited += (_, _) => instance._exited.TrySetResult();
        if (!process.Start()) throw new InvalidOperationException("could not start the service");
        process.OutputDataReceived += (_, e) => instance.Append(e.Data);
        process.ErrorDataReceived += (_, e) => instance.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return instance;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        if (Port == 0 && ListeningOn.Match(line) is { Success: true } m) Port = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (line.Contains("Application started", StringComparison.Ordinal)) _started.TrySetResult();
        lock (_log)
        {
            if (_log.Length < 2_000_000) _log.AppendLine(line);
        }
    }

    /// <summary>
    /// Waits (bounded) for the instance to say it started, or to exit; then asks /healthz once, which must answer 200.
    /// Fails with the instance's log otherwise.
    /// </summary>
    public async Task WaitHealthyAsync(HttpClient http, TimeSpan limit)
    {
        Task first;
        try
        {
            first = await Task.WhenAny(_started.Task, _exited.Task).WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"instance (pid {_process.Id}) did not start within {limit}:\n{Log}");
            return;
        }
        if (first == _exited.Task) Assert.Fail($"instance (pid {_process.Id}) exited ({_process.ExitCode}) before it started:\n{Log}");
        Assert.True(Port != 0, $"instance (pid {_process.Id}) started without saying where it listens:\n{Log}");
        using var r = await http.GetAsync(BaseUrl + "/healthz");
        Assert.True(r.IsSuccessStatusCode, $"instance on port {Port} started but /healthz answered {(int)r.StatusCode}:\n{Log}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no lease release, connections dropped by the kernel. Returns once it has exited.</summary>
    public async Task KillHardAsync()
    {
        if (!_exited.Task.IsCompleted) _process.Kill(entireProcessTree: false);
        await _exited.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_exited.Task.IsCompleted)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
