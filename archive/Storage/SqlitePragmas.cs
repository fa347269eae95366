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
    /// <summary>
    /// SQLite's own checkpoint (inside a COMMIT) only when the log reaches this many pages (40 MiB): the group commit's
    /// <see cref="SqliteCheckpointer"/> normally checkpoints long before, off the writer's path.
    /// </summary>
    public const int SafetyNetCheckpointPages = 10_000;

    private static readonly string PerConnection =
        $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint={SafetyNetCheckpointPages};";
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
