using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// PostgreSQL: Npgsql's pooled data source, no write gate. SQLite: pooled connections for reads (PRAGMAs once per
/// physical connection); ADO.NET writes go through <see cref="SqliteBatchWriter"/> (one long-lived writer connection,
/// group commit) and EF Core's through <see cref="EfStorageInterceptor"/>, both under one <see cref="SqliteWriteGate"/>.
/// </summary>
internal sealed class DbConnectionFactory : IDbConnectionFactory, IDisposable
{
    private static readonly TimeSpan DefaultGateTimeout = TimeSpan.FromSeconds(30);

    private readonly string _connectionString;
    private readonly NpgsqlDataSource? _postgres;
    private readonly SqliteWriteGate? _gate;
    private readonly SqliteBatchWriter? _batches;
    private readonly SqliteReaders? _readers;
    private readonly SemaphoreSlim _walOnce = new(1, 1);
    private volatile bool _walSet;

    public DbConnectionFactory(IOptions<StorageOptions> options)
        : this(options, DefaultGateTimeout)
    {
    }

    /// <summary>With a shorter safety-net timeout on the write gate (tests).</summary>
    internal DbConnectionFactory(IOptions<StorageOptions> options, TimeSpan gateTimeout)
    {
        Provider = options.Value.Provider;
        if (Provider == StorageProvider.Postgres)
        {
            _connectionString = PostgresTuning.Apply(options.Value.ConnectionString);
            _postgres = NpgsqlDataSource.Create(_connectionString);
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
            _gate = new SqliteWriteGate(gateTimeout);
            // The writer's and the readers' connections live as long as the factory; they are ours, not the pool's.
            var own = new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString();
            _readers = new SqliteReaders(own);
            _batches = new SqliteBatchWriter(own, _gate);
        }
    }

    public StorageProvider Provider { get; }

    /// <summary>PostgreSQL's data source, shared with EF Core so the process has one pool (null on SQLite).</summary>
    internal NpgsqlDataSource? PostgresDataSource => _postgres;

    /// <summary>The gate itself, for EF Core's interceptor (null on PostgreSQL).</summary>
    internal SqliteWriteGate? Gate => _gate;

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        StorageMetrics.ConnectionOpened("ado");
        if (_postgres is not null) return await _postgres.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await SqlitePragmas.ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
            if (!_walSet) await EnableWalOnceAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<T> ReadAsync<T>(DbRead<T> read, CancellationToken cancellationToken = default)
    {
        if (_readers is null)
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            return await read(connection, cancellationToken).ConfigureAwait(false);
        }
        if (!_walSet)
        {
            // As for the first write: the file is in WAL mode before a long-lived connection reads it.
            await using var first = await OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        return await _readers.RunAsync(read, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask<IDisposable> EnterWriteAsync(CancellationToken cancellationToken = default) =>
        _gate is null ? ValueTask.FromResult<IDisposable>(NoWriteTurn.Instance) : _gate.EnterAsync("ado", cancellationToken);

    public async Task<T> WriteAsync<T>(DbWork<T> work, CancellationToken cancellationToken = default)
    {
        if (_batches is not null)
        {
            if (!_walSet)
            {
                // The process's first write: the file is put in WAL mode before the writer connection exists.
                await using var first = await OpenAsync(cancellationToken).ConfigureAwait(false);
            }
            return await _batches.RunAsync(work, cancellationToken).ConfigureAwait(false);
        }

        StorageMetrics.Write("ado");
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(connection, tx, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task EnableWalOnceAsync(SqliteConnection connection, CancellationToken ct)
    {
        await _walOnce.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_walSet) return;
            await SqlitePragmas.EnableWalAsync(connection, ct).ConfigureAwait(false);
            _walSet = true;
        }
        finally
        {
            _walOnce.Release();
        }
    }

    public void Dispose()
    {
        _postgres?.Dispose();
        _batches?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _readers?.Dispose();
    }
}
