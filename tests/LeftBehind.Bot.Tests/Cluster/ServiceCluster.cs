using LeftBehind.Bench.Infra;
using LeftBehind.Tests.Infrastructure;
using Npgsql;

namespace LeftBehind.Tests.Cluster;

/// <summary>
/// A private PostgreSQL database, N instances of the service as separate processes on it (Quartz clustered, demo
/// school seeded), and the YARP load balancer in front spreading requests and WebSocket upgrades round-robin.
/// </summary>
internal sealed class ServiceCluster : IAsyncDisposable
{
    public const string AdminKey = "cluster-admin-key";

    private ServiceCluster(string connectionString, List<ServiceInstance> instances, LoadBalancer proxy)
    {
        ConnectionString = connectionString;
        Instances = instances;
        Proxy = proxy;
        Http = new HttpClient { BaseAddress = new Uri(proxy.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        Http.DefaultRequestHeaders.Add("X-Admin-Key", AdminKey);
    }

    public string ConnectionString { get; }

    public List<ServiceInstance> Instances { get; }

    public LoadBalancer Proxy { get; }

    /// <summary>Through the proxy, with the admin key.</summary>
    public HttpClient Http { get; }

    public static Dictionary<string, string> Settings(string connectionString) => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:LeftBehind"] = connectionString,
        ["Storage:SeedDemoData"] = "true",
        ["Storage:DemoFamiliesConsented"] = "true",
        ["Scheduler:Clustered"] = "true",
        ["Scheduler:QuietHours:Enabled"] = "false",
        ["Admin:ApiKey"] = AdminKey,
        // The web site's back end of the official client's driver and the test's own client start with the secret.
        ["DirectLine:Secret"] = LeftBehindFactory.TestDirectLineSecret,
        ["Kernel:TypingDelayMs"] = "0",
        // Every simulated user comes through the one proxy from one loopback address: the per-address limits (made
        // for one household's phone) would throttle the whole test population.
        ["RateLimits:TokensPerAddress"] = "100000",
        ["RateLimits:ConversationsPerAddress"] = "100000",
        ["RateLimits:PostsPerAddress"] = "1000000",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        ["Logging:LogLevel:LeftBehind.Archive.Data.ArchiveMigrator"] = "Information",
        ["Logging:LogLevel:LeftBehind.Archive.Storage.PostgresBackplane"] = "Information",
        ["DOTNET_TieredPGO"] = "0",
    };

    public static async Task<string> NewDatabaseAsync() => await (await PostgresServer.SharedAsync()).CreateDatabaseAsync("cl");

    public static async Task<ServiceCluster> StartAsync(int count, Action<int, Dictionary<string, string>>? adjust = null)
    {
        var cs = await NewDatabaseAsync();
        var instances = new List<ServiceInstance>();
        // One request per instance, after it said it started: a generous timeout for a first request on a busy machine, not a retry loop.
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        // Started together on the empty database: migrations and seeding must take turns by themselves.
        for (var i = 0; i < count; i++)
        {
            var settings = Settings(cs);
            adjust?.Invoke(i, settings);
            instances.Add(ServiceInstance.Start(settings));
        }
        try
        {
            foreach (var instance in instances) await instance.WaitHealthyAsync(probe, TimeSpan.FromSeconds(240));
        }
        catch
        {
            foreach (var instance in instances) await instance.DisposeAsync();
            throw;
        }
        var proxy = await LoadBalancer.StartAsync(0, instances.Select(i => i.BaseUrl).ToList());
        return new ServiceCluster(cs, instances, proxy);
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        foreach (var (n, v) in parameters) cmd.Parameters.AddWithValue(n, v);
        return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Rows of a query as text, for failure messages.</summary>
    public async Task<string> DumpAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await using var reader = await cmd.ExecuteReaderAsync();
        var sb = new System.Text.StringBuilder();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++) sb.Append(reader.IsDBNull(i) ? "null" : reader.GetValue(i)).Append(" | ");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Proxy.DisposeAsync();
        foreach (var instance in Instances) await instance.DisposeAsync();
    }
}
