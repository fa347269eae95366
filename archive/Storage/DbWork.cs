using System.Data.Common;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// A piece of write work for <see cref="IDbConnectionFactory.WriteAsync{T}"/>: statements on the given connection, in
/// the given transaction (set it on every command). Throwing undoes this piece only.
/// </summary>
public delegate Task<T> DbWork<T>(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);
