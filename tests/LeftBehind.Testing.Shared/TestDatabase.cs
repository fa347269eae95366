using System.Globalization;
using LeftBehind.Archive.Storage;
using Microsoft.Extensions.Options;

namespace LeftBehind.Tests.Infrastructure;

/// <summary>An empty database of either provider (a temp SQLite file or a new PostgreSQL database) and what is in it.</summary>
internal sealed record TestDatabase(StorageProvider Provider, string ConnectionString)
{
    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "Postgres") return new(StorageProvider.Postgres, await (await PostgresServer.SharedAsync()).CreateDatabaseAsync("schema"));
        var dir = Path.Combine(Path.GetTempPath(), "lb-schema-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        return new(StorageProvider.Sqlite, $"Data Source={Path.Combine(dir, "leftbehind.db")}");
    }

    public DbConnectionFactory Connections() =>
        new(Options.Create(new StorageOptions { Provider = Provider, ConnectionString = ConnectionString }));

    /// <summary>The names of the database's tables (SQLite's own and other schemas left out), sorted.</summary>
    public async Task<List<string>> TablesAsync()
    {
        var names = await QueryAsync(Provider == StorageProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
        return names.Order(StringComparer.Ordinal).ToList();
    }

    public async Task<List<string>> QueryAsync(string sql)
    {
        using var connections = Connections();
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        return rows;
    }

    public async Task ExecuteAsync(IEnumerable<string> statements)
    {
        using var connections = Connections();
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        foreach (var sql in statements)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
