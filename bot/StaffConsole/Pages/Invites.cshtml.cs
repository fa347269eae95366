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

    /// <summary>One family's invites (a parent who changed phone): issue, reissue and print that family's slip only.</summary>
    public int? ChildId { get; private set; }

    public string? ChildName => Rows.FirstOrDefault()?.ChildName;

    public string? Notice { get; private set; }

    public async Task OnGetAsync(int? classId, int? childId, string? done, int? count, CancellationToken ct)
    {
        Notice = done switch
        {
            "issued" => ConsoleText.Get("NoticeIssued", count ?? 0),
            "revoked" => ConsoleText.Get("NoticeRevoked"),
            "reissued" => ConsoleText.Get("NoticeReissued"),
            "missing" => ConsoleText.Get("NoticeMissing"),
            _ => null,
        };
        await LoadAsync(classId, childId, ct);
    }

    public async Task<IActionResult> OnPostIssueAsync(int? classId, int? childId, CancellationToken ct)
    {
        if (classId is null && childId is null) return RedirectToPage(new { done = "missing" });
        var issued = await console.IssueAsync(StaffClaims.ToActor(User), classId, childId, ct);
        return RedirectToPage(new { classId, childId, done = "issued", count = issued.Count });
    }

    public Task<IActionResult> OnPostRevokeAsync(int inviteId, int? classId, int? childId, CancellationToken ct) =>
        ChangeAsync(() => console.RevokeAsync(StaffClaims.ToActor(User), inviteId, ct), classId, childId, "revoked");

    public Task<IActionResult> OnPostReissueAsync(int inviteId, int? classId, int? childId, CancellationToken ct) =>
        ChangeAsync(() => console.ReissueAsync(StaffClaims.ToActor(User), inviteId, ct), classId, childId, "reissued");

    /// <summary>One A4 page per family with its codes and QR codes, for the open invites of the class or of one family.</summary>
    public async Task<IActionResult> OnGetSlipsAsync(int? classId, int? childId, CancellationToken ct)
    {
        if (classId is null && childId is null) return NotFound();
        var actor = StaffClaims.ToActor(User);
        var open = (await console.InvitesAsync(actor, classId, childId, ct)).Where(i => i.Status == InviteStatus.Open).ToList();
        var school = actor.SchoolId is { } s ? await console.SchoolNameAsync(s, ct) : null;
        var pdf = slips.Render(school ?? string.Empty, open, $"{Request.Scheme}://{Request.Host}/");
        return File(pdf, "application/pdf", childId is { } c ? $"invite-slip-child-{c}.pdf" : $"invite-slips-{classId}.pdf");
    }

    private async Task<IActionResult> ChangeAsync(Func<Task<InviteRow>> change, int? classId, int? childId, string done)
    {
        try
        {
            await change();
        }
        catch (ArchiveException e) when (e.Error == ArchiveError.NotFound)
        {
            return NotFound();
        }
        return RedirectToPage(new { classId, childId, done });
    }

    private async Task LoadAsync(int? classId, int? childId, CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        ClassId = childId is null ? classId : null;
        ChildId = childId;
        Classes = await console.ClassesAsync(actor, ct);
        Rows = await console.InvitesAsync(actor, ClassId, childId, ct);
    }
}
