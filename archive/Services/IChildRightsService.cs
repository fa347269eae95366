using System.Text.Json.Nodes;

namespace LeftBehind.Archive.Services;

/// <summary>PIPL rights: export everything about a child; erase personal data but keep anonymous counts. Admin only.</summary>
public interface IChildRightsService
{
    /// <summary>Null when there is no such child (or it was erased).</summary>
    Task<JsonObject?> ExportAsync(int childId, CancellationToken cancellationToken = default);

    /// <summary>False when there is no such child (or it was already erased).</summary>
    Task<bool> EraseAsync(int childId, CancellationToken cancellationToken = default);
}
