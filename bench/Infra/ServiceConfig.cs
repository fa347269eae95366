namespace LeftBehind.Bench.Infra;

/// <summary>How the service under test is started: storage and connection string, plus extra environment settings.</summary>
internal sealed record ServiceConfig(string Storage, string ConnectionString, IReadOnlyDictionary<string, string>? Extra = null)
{
    public const string AdminKey = "bench-admin-key";

    public static ServiceConfig Sqlite(string dbPath) => new("Sqlite", $"Data Source={dbPath}");

    public static ServiceConfig Postgres(string connectionString) => new("Postgres", connectionString);

    /// <summary>Settings as environment variables (Section__Key), exactly as an operator would set them.</summary>
    public Dictionary<string, string> Environment(int port)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Development: the channel simulator posts unauthenticated activities, which only Development accepts (issue #14).
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Storage__Provider"] = Storage,
            ["Storage__SeedDemoData"] = "true",
            ["ConnectionStrings__LeftBehind"] = ConnectionString,
            ["Scheduler__QuietHours__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            ["Admin__ApiKey"] = AdminKey,
        };
        if (Extra is not null) foreach (var (k, v) in Extra) env[k] = v;
        return env;
    }
}
