using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// Per-connection PRAGMAs, run once per physical SQLite connection (a pooled open reuses it and they still hold), not
/// on every open. WAL is a property of the file and is set once at start. busy_timeout stays as the fallback for
/// writers outside the write gate (other processes, the few ungated statements).
/// </summary>
internal static class SqlitePragmas
{
    private const string PerConnection = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];

    public static bool NeedsSetup(SqliteConnection connection) =>
        connection.Handle is { } handle && !Configured.TryGetValue(handle, out _);

    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken ct)
    {
        if (!NeedsSetup(connection)) return;
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = PerConnection;
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        Configured.AddOrUpdate(connection.Handle!, Configured);
    }

    public static void Apply(SqliteConnection connection)
    {
        if (!NeedsSetup(connection)) return;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = PerConnection;
        cmd.ExecuteNonQuery();
        Configured.AddOrUpdate(connection.Handle!, Configured);
    }

    public static async Task EnableWalAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL;";
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
