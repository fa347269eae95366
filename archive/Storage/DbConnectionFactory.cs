using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LeftBehind.Archive.Storage;

internal sealed class DbConnectionFactory : IDbConnectionFactory, IDisposable
{
    private readonly string _connectionString;
    private readonly NpgsqlDataSource? _postgres;

    public DbConnectionFactory(IOptions<StorageOptions> options)
    {
        Provider = options.Value.Provider;
        if (Provider == StorageProvider.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(options.Value.ConnectionString);
            _connectionString = options.Value.ConnectionString;
        }
        else
        {
            var csb = new SqliteConnectionStringBuilder(options.Value.ConnectionString)
            {
                Pooling = true,
                DefaultTimeout = 30,
            };
            var dir = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource));
            if (!string.IsNullOrEmpty(dir) && csb.DataSource != ":memory:") Directory.CreateDirectory(dir);
            _connectionString = csb.ToString();
        }
    }

    public StorageProvider Provider { get; }

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        StorageMetrics.ConnectionOpened("ado");
        if (_postgres is not null) return await _postgres.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // WAL lets readers run beside the single writer; busy_timeout turns lock contention into a short wait, not an error.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public void Dispose() => _postgres?.Dispose();
}
