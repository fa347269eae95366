using LeftBehind.Archive;
using LeftBehind.Archive.Services;

namespace LeftBehind.Bot.Admin.Archive;

/// <summary>GET /admin/children/{id}/export and erasure (DELETE /admin/children/{id} or POST …/erase).</summary>
internal static class ChildRightsEndpoints
{
    public static async Task<IResult> ExportAsync(int id, IChildRightsService rights, CancellationToken ct) =>
        await rights.ExportAsync(id, ct) is { } json ? Results.Json(json) : NotFound();

    /// <summary>Erases the child everywhere the service keeps data, not only in the archive (issue #14).</summary>
    public static async Task<IResult> EraseAsync(int id, Storage.EraseEverywhere erasure, CancellationToken ct) =>
        await erasure.EraseChildAsync(id, ct) ? Results.Ok(new { erased = true, childId = id }) : NotFound();

    private static IResult NotFound() => Results.NotFound(new { error = ArchiveText.ChildNotFound });
}
