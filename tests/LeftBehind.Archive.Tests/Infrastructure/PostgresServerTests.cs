using Npgsql;

namespace LeftBehind.Tests.Infrastructure;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task A_fresh_database_on_the_test_server_accepts_queries()
    {
        var server = await PostgresServer.SharedAsync();
        var cs = await server.CreateDatabaseAsync();
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "select 40 + 2";
        Assert.Equal(42, Convert.ToInt32(await cmd.ExecuteScalarAsync()));
    }
}
