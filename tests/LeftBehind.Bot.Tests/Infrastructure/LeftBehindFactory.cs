using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Infrastructure;

/// <summary>
/// The service in-process on a throwaway SQLite file (or a PostgreSQL database when given one).
/// Extra settings override appsettings.json exactly as environment variables would.
/// </summary>
public class LeftBehindFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "lb-test-" + Guid.NewGuid().ToString("n"));

    /// <summary>The admin key and Direct Line secret every test host is configured with (production refuses to start without them).</summary>
    public const string TestAdminKey = "test-admin-key-0123456789";
    public const string TestDirectLineSecret = "test-directline-secret-0123456789";

    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>"Testing" (fails closed like Production) unless a test is about Development's conveniences.</summary>
    public string EnvironmentName { get; set; } = "Testing";

    /// <summary>A client that sends the admin key, as an operator's tool does.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", TestAdminKey);
        return client;
    }

    public string DataDirectory => _dataDir;

    /// <summary>
    /// Starts the real service on Kestrel at a free loopback port (not the in-memory test server), for clients outside
    /// the process (the npm drivers, Chromium), and returns its base address spelled http://127.0.0.1:port: only
    /// loopback traffic is allowed here, and "localhost" or "[::1]" would leave the choice of address to the client.
    /// </summary>
    public string StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::1]", "127.0.0.1").Replace("localhost", "127.0.0.1");
    }

    /// <summary>Keep the data directory on dispose (restart tests hand it to a second instance).</summary>
    public bool KeepData { get; set; }

    public static string RepositoryRoot { get; } = FindRoot();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataDir);
        builder.UseContentRoot(RepositoryRoot);
        builder.UseEnvironment(EnvironmentName);
        var defaults = new Dictionary<string, string?>
        {
            ["ConnectionStrings:LeftBehind"] = $"Data Source={Path.Combine(_dataDir, "leftbehind.db")}",
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SeedDemoData"] = "false",
            // Tests about other things bind the demo families without the consent question; consent tests turn this off.
            ["Storage:DemoFamiliesConsented"] = "true",
            ["Scheduler:QuietHours:Enabled"] = "false",
            ["Scheduler:DataDirectory"] = _dataDir,
            ["Admin:ApiKey"] = TestAdminKey,
            ["DirectLine:Secret"] = TestDirectLineSecret,
        };
        // Outside Development the channel endpoint needs an app id; hosts that do not test it run without it.
        if (EnvironmentName != "Development" && string.IsNullOrEmpty(Settings.GetValueOrDefault("MicrosoftAppId"))) defaults["BotHost:DisableChannelEndpoint"] = "true";
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
