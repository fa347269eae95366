using LeftBehind.Archive.Data;
using LeftBehind.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// Issue #14, item 5, as a father on a phone: the service's Web Chat page in headless Chromium at 390×844 (driver
/// tests/e2e/consent-rights.js): bind, asked separately, nothing about the child before 同意, agree, 「我的信息」,
/// export as a file link, unbind after a confirmation, a stranger afterwards.
/// </summary>
public sealed class ConsentAndRightsPageTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new() { EnvironmentName = "Development" };
    private readonly string _baseUrl;

    public ConsentAndRightsPageTests()
    {
        _factory.Settings["Storage:SeedDemoData"] = "true";
        _factory.Settings["Storage:DemoFamiliesConsented"] = "false";
        _baseUrl = _factory.StartOnLoopback();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_father_binds_agrees_opens_my_information_exports_and_unbinds_in_the_web_chat_page()
    {
        var output = Path.Combine(_factory.DataDirectory, "screenshots");
        var (code, result) = await NodeScript.RunAsync("consent-rights.js", _baseUrl + "/", output);
        Assert.True(code == 0, result);
        Assert.Contains("\"download\":\"我的信息-", result);
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        var father = await db.Persons.Where(p => p.Name == "王建军").Select(p => p.Id).SingleAsync();
        Assert.Equal("2026-12", await db.Consents.Where(c => c.PersonId == father).Select(c => c.TextVersion).SingleAsync());
        Assert.False(await db.ChannelBindings.AnyAsync(b => b.PersonId == father));
    }
}
