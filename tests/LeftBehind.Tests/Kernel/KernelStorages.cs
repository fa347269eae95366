using System.Globalization;
using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;
using LeftBehind.Dialogs.State;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LeftBehind.Tests.Kernel;

/// <summary>Real storages for kernel tests: a temp SQLite file, or a fresh PostgreSQL database.</summary>
internal static class KernelStorages
{
    public static string NewSqlitePath() => Path.Combine(Path.GetTempPath(), $"kernel-{Guid.NewGuid():n}.db");

    /// <summary>A new factory and storage on the file each call: what a restarted process would build.</summary>
    public static DbStorage Sqlite(string path) => new(SqliteConnections(path));

    public static IDbConnectionFactory SqliteConnections(string path) =>
        new DbConnectionFactory(Options.Create(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={path}" }));

    public static async Task<DbStorage> PostgresAsync() => Postgres(await PostgresDatabaseAsync());

    public static async Task<string> PostgresDatabaseAsync() => await (await PostgresServer.SharedAsync()).CreateDatabaseAsync("kernel");

    /// <summary>A new factory and storage on the database each call: what a restarted process would build.</summary>
    public static DbStorage Postgres(string connectionString) => new(PostgresConnections(connectionString));

    public static IDbConnectionFactory PostgresConnections(string connectionString) =>
        new DbConnectionFactory(Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = connectionString }));

    /// <summary>Rows in the kernel's table (0 when the table was never created).</summary>
    public static async Task<long> CountRowsAsync(IDbConnectionFactory connections)
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        await using var exists = connection.CreateCommand();
        exists.CommandText = connections.Provider == StorageProvider.Sqlite
            ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'kernel_state'"
            : "SELECT count(*) FROM information_schema.tables WHERE table_name = 'kernel_state'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 0) return 0;
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM kernel_state";
        return Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
