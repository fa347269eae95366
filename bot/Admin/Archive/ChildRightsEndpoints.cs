using LeftBehind.Archive;
using LeftBehind.Archive.Services;

namespace LeftBehind.Bot.Admin.Archive;

/// <summary>GET /admin/children/{id}/export and erasure of a child or a person (DELETE /admin/children/{id}, /admin/persons/{id}, or POST …/erase).</summary>
internal static class ChildRightsEndpoints
{
    public static async Task<IResult> ExportAsync(int id, IChildRightsService rights, CancellationToken ct) =>
        await rights.ExportAsync(id, ct) is { } json ? Results.Json(json) : NotFound();

    /// <summary>Erases the child everywhere the service keeps data, not only in the archive (issue #14).</summary>
    public static async Task<IResult> EraseAsync(int id, Storage.EraseEverywhere erasure, CancellationToken ct) =>
        await erasure.EraseChildAsync(id, ct) ? Results.Ok(new { erased = true, childId = id }) : NotFound();

    /// <summary>Erases one person everywhere (POST /admin/persons/{id}/erase or DELETE /admin/persons/{id}); their children stay.</summary>
    public static async Task<IResult> ErasePersonAsync(int id, Storage.EraseEverywhere erasure, CancellationToken ct) =>
        await erasure.ErasePersonAsync(id, ct) ? Results.Ok(new { erased = true, personId = id }) : Results.NotFound(new { error = ArchiveText.PersonNotFound });

    private static IResult NotFound() => Results.NotFound(new { error = ArchiveText.ChildNotFound });
}
