using LeftBehind.Archive.Roster;

namespace LeftBehind.Archive.Binding;

/// <summary>A roster import may rename people and move children between families and classes: the cache forgets everything.</summary>
internal sealed class SenderCacheRosterImporter(IRosterImporter inner, SenderCache cache) : IRosterImporter
{
    public async Task<RosterImportResult> ImportAsync(Stream content, bool dryRun, string? contentType = null, string? fileName = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ImportAsync(content, dryRun, contentType, fileName, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (!dryRun) await cache.ForgetAllAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
