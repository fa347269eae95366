using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// A child's notes (成长记录): read them newest first and write one — category, and whether the parents may read it —
/// through the note service the chat's 记录 uses (its access policy: the child's teachers and the school admin).
/// </summary>
[Authorize(Roles = StaffRoles.SchoolAdmin + "," + StaffRoles.HeadTeacher + "," + StaffRoles.PairedTeacher)]
internal sealed class NotesModel(IStaffConsole console, INoteService notes) : PageModel
{
    public const int MaxLength = 1000;

    public IReadOnlyList<FamilyRow> Children { get; private set; } = [];

    public int? ChildId { get; private set; }

    public NotePage? Notes { get; private set; }

    public string? Notice { get; private set; }

    public async Task OnGetAsync(int? childId, string? done, CancellationToken ct)
    {
        Notice = done is "saved" or "empty" or "refused" ? ConsoleText.Get("NotesNotice_" + done) : null;
        var actor = StaffClaims.ToActor(User);
        Children = await console.FamiliesAsync(actor, null, ct);
        ChildId = childId is { } c && Children.Any(x => x.ChildId == c) ? c : Children.FirstOrDefault()?.ChildId;
        if (ChildId is { } id) Notes = await notes.GetAsync(actor, id, null, 0, 30, ct);
    }

    public async Task<IActionResult> OnPostWriteAsync(int childId, NoteCategory category, NoteVisibility visibility, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return RedirectToPage(new { childId, done = "empty" });
        if (!Enum.IsDefined(category) || !Enum.IsDefined(visibility)) return RedirectToPage(new { childId, done = "refused" });
        try
        {
            var clipped = text.Trim();
            await notes.WriteAsync(StaffClaims.ToActor(User), childId, category, NoteKind.Note, visibility, clipped.Length > MaxLength ? clipped[..MaxLength] : clipped, ct);
        }
        catch (ArchiveException)
        {
            return RedirectToPage(new { done = "refused" });
        }
        return RedirectToPage(new { childId, done = "saved" });
    }
}
