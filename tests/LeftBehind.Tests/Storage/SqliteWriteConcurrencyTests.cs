using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;
using LeftBehind.Dialogs.State;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeftBehind.Tests.Storage;

/// <summary>
/// Many writers at once on one SQLite file, through every write path the process has (kernel state through the
/// group-committing writer, EF Core SaveChanges, explicit EF transactions, ExecuteUpdate): all commit, none sees
/// "database is locked", nothing is lost.
/// </summary>
public sealed class SqliteWriteConcurrencyTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"store-{Guid.NewGuid():n}.db");
    private readonly DbConnectionFactory _connections;
    private ArchiveDbContextFactory _contexts;

    public SqliteWriteConcurrencyTests()
    {
        _connections = new DbConnectionFactory(Options(gateEfWrites: false));
        _contexts = new ArchiveDbContextFactory(Options(gateEfWrites: false), _connections);
    }

    private IOptions<StorageOptions> Options(bool gateEfWrites) => Microsoft.Extensions.Options.Options.Create(
        new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={_path}", GateEfWrites = gateEfWrites });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Parallel_writers_through_every_path_all_commit_without_busy_errors_or_lost_rows(bool gateEfWrites)
    {
        _contexts = new ArchiveDbContextFactory(Options(gateEfWrites), _connections);
        await using (var db = _contexts.CreateDbContext()) await db.Database.MigrateAsync();
        var storage = new DbStorage(_connections);
        const int each = 60;

        var state = Enumerable.Range(0, each).Select(i => Task.Run(() =>
            storage.WriteAsync(new Dictionary<string, StorageEntry> { [$"k{i}"] = new($"{{\"n\":{i}}}", ETags.Any) })));
        var saves = Enumerable.Range(0, each).Select(i => Task.Run(async () =>
        {
            await using var db = _contexts.CreateDbContext();
            db.Audit.Add(Audit($"save-{i}"));
            db.Audit.Add(Audit($"save-{i}-b")); // two rows: SaveChanges opens its own transaction
            await db.SaveChangesAsync();
            // Then a lone statement on another context: ExecuteUpdate outside a transaction.
            await using var again = _contexts.CreateDbContext();
            await again.Audit.Where(a => a.Action == $"save-{i}").ExecuteUpdateAsync(s => s.SetProperty(a => a.Allowed, true));
        }));
        var explicitTx = Enumerable.Range(0, each).Select(i => Task.Run(async () =>
        {
            await using var db = _contexts.CreateDbContext();
            await using var tx = await db.Database.BeginTransactionAsync();
            db.InviteAttempts.Add(new InviteAttempt { ThrottleKey = $"tx-{i}", At = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync();
            await db.InviteAttempts.Where(a => a.ThrottleKey == $"tx-{i}").ExecuteUpdateAsync(s => s.SetProperty(a => a.ThrottleKey, $"done-{i}"));
            await tx.CommitAsync();
        }));

        // Any SqliteException (SQLITE_BUSY "database is locked" included) fails the test here.
        await Task.WhenAll(state.Concat(saves).Concat(explicitTx));

        Assert.Equal(each, (await storage.ReadAsync(Enumerable.Range(0, each).Select(i => $"k{i}").ToList())).Count);
        await using var check = _contexts.CreateDbContext();
        Assert.Equal(2 * each, await check.Audit.CountAsync());
        Assert.Equal(each, await check.InviteAttempts.CountAsync(a => a.ThrottleKey.StartsWith("done-")));
        Assert.Equal(each, await check.Audit.CountAsync(a => a.Allowed));
    }

    [Fact]
    public async Task Writers_racing_on_one_etag_get_exactly_one_winner_and_conflicts_for_the_rest()
    {
        var storage = new DbStorage(_connections);
        var first = await storage.WriteAsync(new Dictionary<string, StorageEntry> { ["shared"] = new("{\"v\":0}", ETags.Any) });
        var etag = first["shared"];

        var results = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => Task.Run(async () =>
        {
            try
            {
                // Each write also inserts its own key: a conflict must undo that insert too, and only for the loser.
                await storage.WriteAsync(new Dictionary<string, StorageEntry>
                {
                    [$"own-{i}"] = new("{}", null),
                    ["shared"] = new($"{{\"v\":{i}}}", etag),
                });
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        })));

        Assert.Single(results, r => r);
        var winner = Array.IndexOf(results, true) + 1;
        var keys = Enumerable.Range(1, 40).Select(i => $"own-{i}").Append("shared").ToList();
        var stored = await storage.ReadAsync(keys);
        Assert.Equal([$"own-{winner}", "shared"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal($"{{\"v\":{winner}}}", stored["shared"].Json);
    }

    [Fact]
    public async Task A_write_that_fails_is_undone_alone_and_its_error_reaches_its_caller()
    {
        var created = await _connections.WriteAsync((c, tx, ct) => Exec(c, tx, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)", ct));
        Assert.Equal(0, created);

        var writes = Enumerable.Range(0, 30).Select(i => Task.Run(() => _connections.WriteAsync(async (c, tx, ct) =>
        {
            await Exec(c, tx, $"INSERT INTO t (id, v) VALUES ({i}, 'x')", ct);
            // Every third writer fails after its insert: NOT NULL violated.
            return i % 3 == 0 ? await Exec(c, tx, $"INSERT INTO t (id, v) VALUES ({i + 1000}, NULL)", ct) : 1;
        }))).ToList();

        for (var i = 0; i < writes.Count; i++)
        {
            if (i % 3 == 0) await Assert.ThrowsAsync<SqliteException>(() => writes[i]);
            else Assert.Equal(1, await writes[i]);
        }
        await using var read = await _connections.OpenAsync();
        await using var count = read.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM t";
        Assert.Equal(20L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_writer_waiting_for_the_gate_can_be_cancelled_and_the_gate_still_serves_the_next()
    {
        var held = await _connections.EnterWriteAsync();
        using var cts = new CancellationTokenSource();
        var waiting = _connections.EnterWriteAsync(cts.Token).AsTask();
        var next = _connections.EnterWriteAsync().AsTask();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.False(next.IsCompleted);
        held.Dispose();
        (await next).Dispose();
    }

    [Fact]
    public async Task A_batch_that_cannot_get_the_gate_fails_its_writers_and_the_next_batch_still_commits()
    {
        var fast = new DbConnectionFactory(Options(gateEfWrites: false), TimeSpan.FromMilliseconds(50));
        try
        {
            var held = await fast.EnterWriteAsync();
            // Waiting for a write while holding the gate is a caller's bug; it must surface as an error, not a hang.
            await Assert.ThrowsAsync<TimeoutException>(() => fast.WriteAsync((c, tx, ct) => Exec(c, tx, "CREATE TABLE late (id INTEGER)", ct)));
            held.Dispose();
            Assert.Equal(0, await fast.WriteAsync((c, tx, ct) => Exec(c, tx, "CREATE TABLE later (id INTEGER)", ct)));
        }
        finally
        {
            fast.Dispose();
        }
    }

    [Fact]
    public async Task Postgres_writes_run_in_their_own_transactions_without_a_gate()
    {
        var cs = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync("store");
        using var pg = new DbConnectionFactory(Microsoft.Extensions.Options.Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = cs }));
        using (await pg.EnterWriteAsync())
        using (await pg.EnterWriteAsync())
        {
            // Two turns at once: PostgreSQL orders writers with row locks, so the "gate" is always open.
        }
        var storage = new DbStorage(pg);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            storage.WriteAsync(new Dictionary<string, StorageEntry> { [$"p{i}"] = new("{}", ETags.Any) }))));
        Assert.Equal(40, (await storage.ReadAsync(Enumerable.Range(0, 40).Select(i => $"p{i}").ToList())).Count);
    }

    private static AuditEntry Audit(string action) => new() { At = DateTimeOffset.UnixEpoch, ActorRole = default, Action = action };

    private static async Task<int> Exec(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    public void Dispose()
    {
        _connections.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" }) File.Delete(f);
    }
}
