using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>Invites of the school: issue for a child or a whole class, revoke, reissue (the old code stops working), and the printable slips.</summary>
[Authorize(Roles = StaffRoles.SchoolAdmin)]
internal sealed class InvitesModel(IStaffConsole console, InviteSlips slips) : PageModel
{
    public IReadOnlyList<ClassRef> Classes { get; private set; } = [];

    public IReadOnlyList<InviteRow> Rows { get; private set; } = [];

    public int? ClassId { get; private set; }

    public string? Notice { get; private set; }

    public async Task OnGetAsync(int? classId, string? done, int? count, CancellationToken ct)
    {
        Notice = done switch
        {
            "issued" => ConsoleText.Get("NoticeIssued", count ?? 0),
            "revoked" => ConsoleText.Get("NoticeRevoked"),
            "reissued" => ConsoleText.Get("NoticeReissued"),
            "missing" => ConsoleText.Get("NoticeMissing"),
            _ => null,
        };
        await LoadAsync(classId, ct);
    }

    public async Task<IActionResult> OnPostIssueAsync(int? classId, int? childId, CancellationToken ct)
    {
        if (classId is null && childId is null) return RedirectToPage(new { done = "missing" });
        var issued = await console.IssueAsync(StaffClaims.ToActor(User), classId, childId, ct);
        return RedirectToPage(new { classId, done = "issued", count = issued.Count });
    }

    public Task<IActionResult> OnPostRevokeAsync(int inviteId, int? classId, CancellationToken ct) =>
        ChangeAsync(() => console.RevokeAsync(StaffClaims.ToActor(User), inviteId, ct), classId, "revoked");

    public Task<IActionResult> OnPostReissueAsync(int inviteId, int? classId, CancellationToken ct) =>
        ChangeAsync(() => console.ReissueAsync(StaffClaims.ToActor(User), inviteId, ct), classId, "reissued");

    /// <summary>One A4 page per family with its codes and QR codes, for the open invites of the class.</summary>
    public async Task<IActionResult> OnGetSlipsAsync(int classId, CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        var open = (await console.InvitesAsync(actor, classId, null, ct)).Where(i => i.Status == InviteStatus.Open).ToList();
        var school = actor.SchoolId is { } s ? await console.SchoolNameAsync(s, ct) : null;
        var pdf = slips.Render(school ?? string.Empty, open, $"{Request.Scheme}://{Request.Host}/");
        return File(pdf, "application/pdf", $"invite-slips-{classId}.pdf");
    }

    private async Task<IActionResult> ChangeAsync(Func<Task<InviteRow>> change, int? classId, string done)
    {
        try
        {
            await change();
        }
        catch (ArchiveException e) when (e.Error == ArchiveError.NotFound)
        {
            return NotFound();
        }
        return RedirectToPage(new { classId, done });
    }

    private async Task LoadAsync(int? classId, CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        ClassId = classId;
        Classes = await console.ClassesAsync(actor, ct);
        Rows = await console.InvitesAsync(actor, classId, null, ct);
    }
}
