using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LeftBehind.Tests.Infrastructure;

/// <summary>
/// The service in-process on a throwaway SQLite file (or a PostgreSQL database when given one).
/// Extra settings override appsettings.json exactly as environment variables would.
/// </summary>
public class LeftBehindFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "lb-test-" + Guid.NewGuid().ToString("n"));

    public Dictionary<string, string?> Settings { get; } = new();

    public string DataDirectory => _dataDir;

    /// <summary>Keep the data directory on dispose (restart tests hand it to a second instance).</summary>
    public bool KeepData { get; set; }

    public static string RepositoryRoot { get; } = FindRoot();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataDir);
        builder.UseContentRoot(RepositoryRoot);
        builder.UseEnvironment("Testing");
        var defaults = new Dictionary<string, string?>
        {
            ["ConnectionStrings:LeftBehind"] = $"Data Source={Path.Combine(_dataDir, "leftbehind.db")}",
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SeedDemoData"] = "false",
            ["Scheduler:QuietHours:Enabled"] = "false",
            ["Scheduler:DataDirectory"] = _dataDir,
        };
        foreach (var (k, v) in Settings) defaults[k] = v;
        foreach (var (k, v) in defaults) builder.UseSetting(k, v);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (KeepData) return;
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment on shutdown; a temp directory left behind is harmless.
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeftBehind.Bot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("LeftBehind.Bot.sln not found above the test binaries");
    }
}
