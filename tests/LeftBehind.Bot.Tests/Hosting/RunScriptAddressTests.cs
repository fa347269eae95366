using System.Diagnostics;
using LeftBehind.Tests.Infrastructure;
using Xunit;

namespace LeftBehind.Tests.Hosting;

/// <summary>
/// Found playing on a port of one's own: <c>./run.sh --urls http://127.0.0.1:5417</c> said "Starting on
/// http://localhost:3978" and "Open http://localhost:3978/", an address nothing listened on. It now says the address
/// the service is given. run.sh runs from a copy beside a stand-in <c>dotnet</c> that does nothing, so nothing is built.
/// </summary>
public sealed class RunScriptAddressTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lb-runsh-").FullName;

    [Theory]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5417" }, "http://127.0.0.1:5417")]
    [InlineData(new[] { "--urls=http://127.0.0.1:5418/" }, "http://127.0.0.1:5418")]
    [InlineData(new string[0], "http://localhost:3978")]
    public async Task Run_sh_says_the_address_the_service_is_given(string[] args, string address)
    {
        var output = await RunAsync(args);
        Assert.Contains($"Starting on {address} ", output, StringComparison.Ordinal);
        Assert.Contains($"Open {address}/ for the Web Chat page", output, StringComparison.Ordinal);
    }

    private async Task<string> RunAsync(string[] args)
    {
        File.Copy(Path.Combine(LeftBehindFactory.RepositoryRoot, "run.sh"), Path.Combine(_dir, "run.sh"));
        Directory.CreateDirectory(Path.Combine(_dir, "bot", "node_modules"));
        await File.WriteAllTextAsync(Path.Combine(_dir, "bot", "package-lock.json"), "{}");
        await File.WriteAllTextAsync(Path.Combine(_dir, "bot", "node_modules", ".package-lock.json"), "{}");
        var bin = Directory.CreateDirectory(Path.Combine(_dir, "stub-bin")).FullName;
        var dotnet = Path.Combine(bin, "dotnet");
        await File.WriteAllTextAsync(dotnet, "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var psi = new ProcessStartInfo("bash") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(_dir, "run.sh"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        psi.Environment.Remove("ASPNETCORE_URLS");
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(cts.Token);
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, output);
        return output;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
