using System.Diagnostics;
using Xunit;

namespace LeftBehind.Tests.Infrastructure;

/// <summary>Runs one of the end-to-end drivers in tests/e2e (the official Direct Line client, Web Chat in Chromium).</summary>
internal static class NodeScript
{
    public static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var dir = Path.Combine(LeftBehindFactory.RepositoryRoot, "tests", "e2e");
        Assert.True(Directory.Exists(Path.Combine(dir, "node_modules")), "run scripts/install-test-deps.sh (npm ci in tests/e2e) first");
        var psi = new ProcessStartInfo("node") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A hung browser must not hang the suite.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(150));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
