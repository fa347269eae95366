namespace LeftBehind.Bench.Infra;

/// <summary>Starts the processes a benchmark compares: our service (separate process, Release build), the JS peer and the floor bot.</summary>
internal static class Launcher
{
    public static async Task<ManagedProcess> StartServiceAsync(string name, ServiceConfig config, int port, string logDir, string? dll = null)
    {
        dll ??= RepoPaths.ServiceDll;
        if (!File.Exists(dll)) throw new FileNotFoundException($"build the service first: dotnet build bot -c Release ({dll} is missing)");
        var p = ManagedProcess.Start(name, "dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"], Path.GetDirectoryName(dll)!, config.Environment(port), Path.Combine(logDir, name + ".log"));
        await p.WaitForPortAsync(port, TimeSpan.FromSeconds(120)).ConfigureAwait(false);
        await WaitHealthyAsync($"http://127.0.0.1:{port}", TimeSpan.FromSeconds(120), p).ConfigureAwait(false);
        return p;
    }

    public static async Task<ManagedProcess> StartNodeAsync(string name, string script, int port, string logDir)
    {
        if (!File.Exists(script)) throw new FileNotFoundException($"{script} is missing: run scripts/bench/peers.sh");
        var env = new Dictionary<string, string> { ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["HOST"] = "127.0.0.1" };
        var p = ManagedProcess.Start(name, "node", [script], Path.GetDirectoryName(script)!, env, Path.Combine(logDir, name + ".log"));
        await p.WaitForPortAsync(port, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        return p;
    }

    /// <summary>/healthz is ready only when storage (and the scheduler) are up: wait for 200, bounded.</summary>
    public static async Task WaitHealthyAsync(string baseUrl, TimeSpan timeout, ManagedProcess? process = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var last = "no answer";
        while (sw.Elapsed < timeout)
        {
            if (process is { HasExited: true }) throw new InvalidOperationException($"{process.Name} exited; see {process.LogPath}");
            try
            {
                using var r = await http.GetAsync(baseUrl + "/healthz").ConfigureAwait(false);
                if (r.IsSuccessStatusCode) return;
                last = ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (TaskCanceledException)
            {
                last = "timeout";
            }
            await Task.Delay(200).ConfigureAwait(false);
        }
        throw new TimeoutException($"{baseUrl}/healthz not healthy within {timeout.TotalSeconds} s (last: {last})");
    }
}
