using Npgsql;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// Schema changes and seeding at start-up, one instance at a time: on PostgreSQL a session advisory lock on a
/// connection of its own (two instances started together on an empty database take turns instead of racing the
/// same CREATE TABLE or the same seed); on SQLite there is one instance and nothing to wait for.
/// </summary>
public static class SchemaLock
{
    public const string Key = "leftbehind:schema";

    public static async Task RunAsync(IDbConnectionFactory db, Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Provider != StorageProvider.Postgres)
        {
            await work().ConfigureAwait(false);
            return;
        }
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var take = connection.CreateCommand())
        {
            take.CommandText = $"SELECT pg_advisory_lock(hashtextextended('{Key}', 0))";
            // The holder may be migrating and seeding for longer than a command's default 30 s; start-up's token bounds the wait.
            take.CommandTimeout = 0;
            await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        try
        {
            await work().ConfigureAwait(false);
        }
        finally
        {
            try
            {
                await using var release = connection.CreateCommand();
                release.CommandText = $"SELECT pg_advisory_unlock(hashtextextended('{Key}', 0))";
                await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and the session lock with it.
            }
        }
    }
}
