namespace LeftBehind.Archive.Staff;

/// <summary>The console's previewed roster files, kept in the database for a few minutes (any instance can import them).</summary>
public interface IRosterUploads
{
    /// <summary>Keeps the file for <paramref name="keepFor"/>; its random key for the form. Expired files are removed on the way.</summary>
    Task<string> KeepAsync(int staffId, byte[] content, TimeSpan keepFor, CancellationToken cancellationToken = default);

    /// <summary>The file once, for the account that kept it and before it expires; null otherwise.</summary>
    Task<byte[]?> TakeAsync(int staffId, string key, CancellationToken cancellationToken = default);
}
