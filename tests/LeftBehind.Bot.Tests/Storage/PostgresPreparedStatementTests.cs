using LeftBehind.Archive.Storage;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LeftBehind.Tests.Storage;

/// <summary>
/// The service's PostgreSQL connections prepare a statement on the server from its second use, so the turns' reads and
/// writes are parsed and planned once per connection. With Npgsql's default (the fifth use) a pool of a hundred
/// connections parsed about a third of a real-flow load's statements again (issue 16).
/// </summary>
public sealed class PostgresPreparedStatementTests
{
    [Fact]
    public async Task A_statement_run_a_second_time_on_a_pooled_connection_is_prepared_on_the_server()
    {
        var server = await PostgresServer.SharedAsync();
        using var connections = new DbConnectionFactory(Options.Create(new StorageOptions
        {
            Provider = StorageProvider.Postgres,
            ConnectionString = await server.CreateDatabaseAsync(),
        }));

        for (var use = 1; use <= 2; use++)
        {
            await connections.ReadAsync(async (connection, ct) =>
            {
                await using var cmd = connection.CreateCommand();
                cmd.CommandText = "SELECT 41 + 1 AS prepared_probe";
                return await cmd.ExecuteScalarAsync(ct);
            });
        }

        // One read at a time: the pool hands back the same physical connection, whose prepared statements are listed.
        var prepared = await connections.ReadAsync(async (connection, ct) =>
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%prepared_probe%'";
            return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct));
        });
        Assert.Equal(1, prepared);
    }
}
