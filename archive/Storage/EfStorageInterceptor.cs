using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// EF Core's side of storage: counts opens and write units, sets SQLite PRAGMAs once per physical connection, and on
/// SQLite makes every EF write take the process's write gate, shared with the ADO.NET writers: a transaction (explicit,
/// or SaveChanges' own) from BEGIN to COMMIT/ROLLBACK, and a writing statement outside a transaction for as long as it
/// runs: the same span as SQLite's own write lock. Without a gate (PostgreSQL, or the gate not chosen for EF) it counts
/// and sets PRAGMAs (busy_timeout: SQLite's short busy sleeps instead of Microsoft.Data.Sqlite's own retry loop).
/// </summary>
internal sealed class EfStorageInterceptor(SqliteWriteGate? gate) : DbConnectionInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbConnection, Held> _held = [];

    // ---- connections

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        StorageMetrics.ConnectionOpened("ef");
        if (connection is SqliteConnection sqlite) SqlitePragmas.Apply(sqlite);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        StorageMetrics.ConnectionOpened("ef");
        if (connection is SqliteConnection sqlite) await SqlitePragmas.ApplyAsync(sqlite, cancellationToken).ConfigureAwait(false);
    }

    // A transaction disposed without commit or rollback ends here at the latest.
    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection, null);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection, null);
        return Task.CompletedTask;
    }

    public override void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection, null);

    public override Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection, null);
        return Task.CompletedTask;
    }

    // ---- explicit transactions

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        StorageMetrics.Write("ef");
        Take(connection, Scope.Transaction);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        StorageMetrics.Write("ef");
        await TakeAsync(connection, Scope.Transaction, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(TxConnection(transaction, eventData), Scope.Transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(TxConnection(transaction, eventData), Scope.Transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(TxConnection(transaction, eventData), Scope.Transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(TxConnection(transaction, eventData), Scope.Transaction);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData)
    {
        // A failed COMMIT leaves the transaction to be rolled back or disposed (and the connection closed), which releases.
        if (eventData.Action != "Commit") Release(TxConnection(transaction, eventData), Scope.Transaction);
    }

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    // ---- a writing statement outside a transaction (a one-row SaveChanges, ExecuteUpdate, ExecuteDelete, raw SQL)

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        BeforeStatement(command, result);

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        BeforeStatementAsync(command, result, cancellationToken);

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        BeforeStatement(command, result);

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        BeforeStatementAsync(command, result, cancellationToken);

    private TResult BeforeStatement<TResult>(DbCommand command, TResult result)
    {
        if (IsLoneWrite(command)) Take(command.Connection!, Scope.Statement);
        return result;
    }

    private async ValueTask<TResult> BeforeStatementAsync<TResult>(DbCommand command, TResult result, CancellationToken ct)
    {
        if (IsLoneWrite(command)) await TakeAsync(command.Connection!, Scope.Statement, ct).ConfigureAwait(false);
        return result;
    }

    // An INSERT … RETURNING runs as a reader: SQLite holds the write lock until the reader is closed.
    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        if (command.Connection is { } c) Release(c, Scope.Statement);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        if (command.Connection is { } c) Release(c, Scope.Statement);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (command.Connection is { } c) Release(c, Scope.Statement);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (command.Connection is { } c) Release(c, Scope.Statement);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (command.Connection is { } c) Release(c, Scope.Statement);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData)
    {
        if (command.Connection is { } c) Release(c, Scope.Statement);
    }

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        CommandFailed(command, eventData);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData)
    {
        if (command.Connection is { } c) Release(c, Scope.Statement);
    }

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        CommandCanceled(command, eventData);
        return Task.CompletedTask;
    }

    // ---- the gate, per connection: the outermost scope that took it releases it

    // A committed SqliteTransaction forgets its connection; the context still knows it.
    private static DbConnection? TxConnection(DbTransaction transaction, TransactionEventData eventData) =>
        transaction.Connection ?? eventData.Context?.Database.GetDbConnection();

    /// <summary>A statement that writes and is its own transaction (counted as one write unit).</summary>
    private static bool IsLoneWrite(DbCommand command)
    {
        if (command.Transaction is not null || command.Connection is null) return false;
        var sql = command.CommandText.AsSpan().TrimStart();
        var write = !(sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase)
                      || sql.StartsWith("WITH", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("EXPLAIN", StringComparison.OrdinalIgnoreCase));
        if (write) StorageMetrics.Write("ef");
        return write;
    }

    private void Take(DbConnection connection, Scope scope)
    {
        if (gate is null || _held.TryGetValue(connection, out _)) return;
        _held.AddOrUpdate(connection, new Held(gate.Enter(scope == Scope.Transaction ? "ef-transaction" : "ef-statement", CancellationToken.None), scope));
    }

    private async ValueTask TakeAsync(DbConnection connection, Scope scope, CancellationToken ct)
    {
        if (gate is null || _held.TryGetValue(connection, out _)) return;
        _held.AddOrUpdate(connection, new Held(await gate.EnterAsync(scope == Scope.Transaction ? "ef-transaction" : "ef-statement", ct).ConfigureAwait(false), scope));
    }

    /// <summary>Releases when <paramref name="scope"/> took the turn; null releases whatever is held.</summary>
    private void Release(DbConnection? connection, Scope? scope)
    {
        if (gate is null || connection is null || !_held.TryGetValue(connection, out var held)) return;
        if (scope is not null && held.Scope != scope) return;
        _held.Remove(connection);
        held.Turn.Dispose();
    }

    private enum Scope
    {
        Transaction,
        Statement,
    }

    private sealed record Held(IDisposable Turn, Scope Scope);
}
