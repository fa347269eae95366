using LeftBehind.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>
/// Issue 19 end to end: the service on a loopback port with the demo school, the console in headless Chromium and the
/// father on the official Direct Line client (tests/e2e/staff-console.js); the real outbox and bot, no double.
/// </summary>
public sealed class StaffConsoleEndToEndTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new() { EnvironmentName = "Development" };
    private readonly string _baseUrl;

    public StaffConsoleEndToEndTests()
    {
        _factory.Settings["Storage:SeedDemoData"] = "true";
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        _baseUrl = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::1]", "127.0.0.1").Replace("localhost", "127.0.0.1");
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Admin_issues_class_invites_and_slips_a_paired_teacher_sees_her_children_and_the_head_teachers_answer_reaches_the_fathers_chat()
    {
        var shots = Environment.GetEnvironmentVariable("LB_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(LeftBehindFactory.RepositoryRoot, "docs", "screenshots")
            : null;

        var (code, output) = shots is null ? await NodeScript.RunAsync("staff-console.js", _baseUrl) : await NodeScript.RunAsync("staff-console.js", _baseUrl, shots);

        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
        Assert.Contains("e2e-console-dad <- ", output);
    }
}
