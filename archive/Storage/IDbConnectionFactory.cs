using System.Data.Common;

namespace LeftBehind.Archive.Storage;

/// <summary>Opens connections to the project's one database, whichever provider is configured.</summary>
public interface IDbConnectionFactory
{
    StorageProvider Provider { get; }
    ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}
