using LeftBehind.Archive.Storage;
using LeftBehind.Dialogs.State;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LeftBehind.Tests.Kernel;

/// <summary>Real storages for kernel tests: a temp SQLite file, or a fresh PostgreSQL database.</summary>
internal static class KernelStorages
{
    public static string NewSqlitePath() => Path.Combine(Path.GetTempPath(), $"kernel-{Guid.NewGuid():n}.db");

    /// <summary>A new factory and storage on the file each call: what a restarted process would build.</summary>
    public static DbStorage Sqlite(string path) =>
        new(new DbConnectionFactory(Options.Create(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={path}" })));

    public static async Task<DbStorage> PostgresAsync()
    {
        var cs = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync("kernel");
        return new DbStorage(new DbConnectionFactory(Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = cs })));
    }
}
