using LeftBehind.Tests.Infrastructure;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>
/// #20 on a phone, end to end: the service on a loopback port with the demo school, the care page in headless
/// Chromium at 390×844 (tests/e2e/care-console.js). Regression for two defects found playing the school admin: the
/// report's figures ran off the right edge, and 打印 did nothing (the page policy blocks inline handlers).
/// </summary>
public sealed class CareConsoleEndToEndTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new() { EnvironmentName = "Development" };
    private readonly string _baseUrl;

    public CareConsoleEndToEndTests()
    {
        _factory.Settings["Storage:SeedDemoData"] = "true";
        _baseUrl = _factory.StartOnLoopback();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task On_a_phone_the_term_report_fits_the_screen_prints_and_a_meeting_is_scheduled_and_attended()
    {
        var (code, output) = await NodeScript.RunAsync("care-console.js", _baseUrl);

        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
    }
}
