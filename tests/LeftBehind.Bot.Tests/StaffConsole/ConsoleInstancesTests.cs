using LeftBehind.Archive.Staff;
using LeftBehind.Tests.Bot;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>
/// Issue 19 on several instances: two services on one database share the data-protection key ring (a console cookie or
/// CSRF token made by one is read by the other) and a roster previewed on one is imported on the other.
/// </summary>
public sealed class ConsoleInstancesTests : IDisposable
{
    private readonly HostFactory _first = new() { KeepData = true };
    private readonly HostFactory _second;

    public ConsoleInstancesTests()
    {
        _first.CreateClient().Dispose();
        _second = new HostFactory();
        _second.Settings["ConnectionStrings:LeftBehind"] = $"Data Source={Path.Combine(_first.DataDirectory, "leftbehind.db")}";
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
        try
        {
            Directory.Delete(_first.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; a temp directory left behind is harmless.
        }
    }

    [Fact]
    public void What_one_instance_protects_the_other_reads_with_the_key_ring_in_the_database()
    {
        const string purpose = "Microsoft.AspNetCore.Antiforgery.AntiforgeryToken.v1";
        var sealedByFirst = _first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Protect("周校长的会话");

        var readBySecond = _second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Unprotect(sealedByFirst);

        Assert.Equal("周校长的会话", readBySecond);
    }

    [Fact]
    public async Task A_roster_previewed_on_one_instance_is_imported_on_the_other_once_and_only_by_the_same_account()
    {
        var bytes = "学校,班级\r\n"u8.ToArray();
        var key = await _first.Services.GetRequiredService<IRosterUploads>().KeepAsync(7, bytes, TimeSpan.FromMinutes(15));
        var second = _second.Services.GetRequiredService<IRosterUploads>();

        var otherAccount = await second.TakeAsync(8, key);
        var taken = await second.TakeAsync(7, key);
        var again = await second.TakeAsync(7, key);

        Assert.Null(otherAccount);
        Assert.Equal(bytes, taken);
        Assert.Null(again);
    }
}
