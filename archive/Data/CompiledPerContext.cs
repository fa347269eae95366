using System.Collections.Concurrent;

namespace LeftBehind.Archive.Data;

/// <summary>
/// One compiled EF Core query per concrete context type. A compiled query binds to the model of the first context it
/// runs with; SQLite and PostgreSQL contexts share the base type (and may share a process, as the tests do), so each
/// gets its own.
/// </summary>
internal sealed class CompiledPerContext<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConcurrentDictionary<Type, TQuery> _byContext = new();

    public TQuery For(ArchiveDbContext db) => _byContext.GetOrAdd(db.GetType(), static (_, c) => c(), compile);
}
