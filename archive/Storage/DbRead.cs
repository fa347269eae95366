using System.Data.Common;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// A read for <see cref="IDbConnectionFactory.ReadAsync{T}"/>: statements on the given connection, every reader of them
/// disposed before it returns (the connection serves other reads next).
/// </summary>
public delegate Task<T> DbRead<T>(DbConnection connection, CancellationToken cancellationToken);
