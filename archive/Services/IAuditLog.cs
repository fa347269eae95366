namespace LeftBehind.Archive.Services;

public interface IAuditLog
{
    /// <summary>Audit entries about a child, newest first.</summary>
    Task<IReadOnlyList<AuditRecord>> ForChildAsync(int childId, int max = 100, CancellationToken cancellationToken = default);
}
