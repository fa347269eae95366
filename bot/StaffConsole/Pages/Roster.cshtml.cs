using LeftBehind.Archive.Roster;
using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// Roster upload for the school's administrator: a dry run shows every problem on its row and column (unknown columns
/// named), then the same file is imported with one tap. Only rows of the admin's own school are accepted.
/// </summary>
[Authorize(Roles = StaffRoles.SchoolAdmin)]
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
internal sealed class RosterModel(IRosterImporter importer, IStaffConsole console, IRosterUploads uploads) : PageModel
{
    private const int MaxBytes = 20 * 1024 * 1024;

    public RosterImportResult? Result { get; private set; }

    /// <summary>The previewed file, kept in the database for 15 minutes under a random key tied to this account (any instance imports it).</summary>
    public string? Upload { get; private set; }

    public bool Expired { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null) return RedirectToPage();
        // An empty file (Excel had not saved it yet) or one too large is answered like any bad file: what is wrong, on the page.
        if (file.Length > MaxBytes)
        {
            Result = new RosterImportResult(RosterImportOutcome.BadFile, 0, 0, [new RosterError(0, "", ConsoleText.Get("RosterTooLarge", MaxBytes / 1024 / 1024))], DryRun: true);
            return Page();
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        Result = await RunAsync(bytes, dryRun: true, ct);
        if (Result.Errors.Count == 0)
        {
            Upload = await uploads.KeepAsync(StaffId, bytes, TimeSpan.FromMinutes(15), ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? upload, CancellationToken ct)
    {
        if (upload is null || await uploads.TakeAsync(StaffId, upload, ct) is not { } bytes)
        {
            Expired = true;
            return Page();
        }
        Result = await RunAsync(bytes, dryRun: false, ct);
        return Page();
    }

    private async Task<RosterImportResult> RunAsync(byte[] bytes, bool dryRun, CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        var school = actor.SchoolId is { } id ? await console.SchoolNameAsync(id, ct) : null;
        return await importer.ImportForSchoolAsync(new MemoryStream(bytes), dryRun, school ?? string.Empty, ct);
    }

    private int StaffId => StaffClaims.ToActor(User).StaffId ?? 0;
}
