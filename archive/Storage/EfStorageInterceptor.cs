using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeftBehind.Archive.Storage;

/// <summary>Counts EF Core's connection opens and write units (SaveChanges, ExecuteUpdate/ExecuteDelete).</summary>
internal sealed class EfStorageInterceptor : DbConnectionInterceptor, ISaveChangesInterceptor, IDbCommandInterceptor
{
    public static readonly EfStorageInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => StorageMetrics.ConnectionOpened("ef");

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        StorageMetrics.ConnectionOpened("ef");
        return Task.CompletedTask;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        StorageMetrics.Write("ef");
        return ValueTask.FromResult(result);
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        StorageMetrics.Write("ef");
        return ValueTask.FromResult(result);
    }
}
