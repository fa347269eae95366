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
        await ArchiveSchema.MigrateAsync(StorageProvider.Sqlite, $"Data Source={_path}");
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
    public async Task A_fixed_statement_is_prepared_once_on_the_writer_and_each_run_binds_only_its_own_values()
    {
        await _connections.WriteAsync((c, tx, ct) => Exec(c, tx, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL, w TEXT)", ct));
        const string insert = "INSERT INTO t (id, v, w) VALUES (@id, @v, @w)";
        var commands = new List<System.Data.Common.DbCommand>();
        for (var i = 1; i <= 5; i++)
        {
            var id = i;
            await _connections.WriteAsync(async (c, tx, ct) =>
            {
                await using var cmd = c.PreparedCommand(insert, tx).With("@id", id).With("@v", $"v{id}").With("@w", id % 2 == 0 ? null : $"w{id}");
                commands.Add(cmd);
                return await cmd.ExecuteNonQueryAsync(ct);
            });
        }
        // One command object across batches: its statement was parsed and planned once.
        Assert.Single(commands.Distinct());

        // A run that forgets a value fails: nothing of the runs before is bound any more.
        await Assert.ThrowsAsync<InvalidOperationException>(() => _connections.WriteAsync(async (c, tx, ct) =>
        {
            await using var cmd = c.PreparedCommand(insert, tx).With("@id", 6).With("@v", "v6");
            return await cmd.ExecuteNonQueryAsync(ct);
        }));
        // A run that violates a constraint is undone alone and leaves the statement usable.
        await Assert.ThrowsAsync<SqliteException>(() => _connections.WriteAsync(async (c, tx, ct) =>
        {
            await using var cmd = c.PreparedCommand(insert, tx).With("@id", 7).With("@v", null).With("@w", "x");
            return await cmd.ExecuteNonQueryAsync(ct);
        }));
        // The same text twice at once in one piece: the second gets a command of its own.
        var both = await _connections.WriteAsync(async (c, tx, ct) =>
        {
            await using var select = c.PreparedCommand("SELECT id FROM t WHERE id <= @max ORDER BY id", tx).With("@max", 2);
            await using var reader = await select.ExecuteReaderAsync(ct);
            var inner = 0;
            while (await reader.ReadAsync(ct))
            {
                await using var again = c.PreparedCommand("SELECT id FROM t WHERE id <= @max ORDER BY id", tx).With("@max", 5);
                Assert.NotSame(select, again);
                inner += Convert.ToInt32(await again.ExecuteScalarAsync(ct));
            }
            await using var insertAgain = c.PreparedCommand(insert, tx).With("@id", 8).With("@v", "v8").With("@w", "w8");
            return inner + await insertAgain.ExecuteNonQueryAsync(ct);
        });
        Assert.Equal(3, both);

        await using var read = await _connections.OpenAsync();
        await using var rows = read.Command("SELECT id, v, w FROM t ORDER BY id");
        await using var r = await rows.ExecuteReaderAsync();
        var found = new List<string>();
        while (await r.ReadAsync()) found.Add($"{r.GetInt64(0)}:{r.GetString(1)}:{(r.IsDBNull(2) ? "-" : r.GetString(2))}");
        Assert.Equal(["1:v1:w1", "2:v2:-", "3:v3:w3", "4:v4:-", "5:v5:w5", "8:v8:w8"], found);
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
        await ArchiveSchema.MigrateAsync(StorageProvider.Postgres, cs);
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

    [Fact]
    public async Task A_read_runs_on_a_long_lived_reader_whose_fixed_statements_stay_prepared_and_see_every_commit()
    {
        await _connections.WriteAsync((c, tx, ct) => Exec(c, tx, "CREATE TABLE r (id INTEGER PRIMARY KEY, v TEXT NOT NULL)", ct));
        const string select = "SELECT v FROM r WHERE id = @id";
        var commands = new List<System.Data.Common.DbCommand>();
        for (var i = 1; i <= 5; i++)
        {
            var id = i;
            await _connections.WriteAsync(async (c, tx, ct) =>
            {
                await using var insert = c.Command("INSERT INTO r (id, v) VALUES (@id, @v)", tx).With("@id", id).With("@v", $"v{id}");
                return await insert.ExecuteNonQueryAsync(ct);
            });
            // Each read sees the row just committed: the reader holds no snapshot between reads.
            var read = await _connections.ReadAsync(async (c, ct) =>
            {
                await using var cmd = c.PreparedCommand(select).With("@id", id);
                commands.Add(cmd);
                return (string?)await cmd.ExecuteScalarAsync(ct);
            });
            Assert.Equal($"v{id}", read);
        }
        // Reads one after another take the same idle reader, and its statement was parsed and planned once.
        Assert.Single(commands.Distinct());

        // A read that fails leaves no reader behind in a bad state: the next read works.
        await Assert.ThrowsAsync<SqliteException>(() => _connections.ReadAsync(async (c, ct) =>
        {
            await using var cmd = c.PreparedCommand("SELECT nope FROM r");
            return await cmd.ExecuteScalarAsync(ct);
        }));
        Assert.Equal("v3", await _connections.ReadAsync(async (c, ct) =>
        {
            await using var cmd = c.PreparedCommand(select).With("@id", 3);
            return (string?)await cmd.ExecuteScalarAsync(ct);
        }));
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
