using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// Who read which child's data, when (the school's children only): newest first, a page at a time so it reads on a
/// phone, filtered by child or to the refused reads; the filter stays on every page link.
/// </summary>
[Authorize(Roles = StaffRoles.SchoolAdmin)]
internal sealed class AuditModel(IStaffConsole console) : PageModel
{
    public AuditPage Audit { get; private set; } = new([], 0, AuditQuery.DefaultPageSize, 0, []);

    public int? ChildId { get; private set; }

    public bool Refused { get; private set; }

    public async Task OnGetAsync(int? childId, bool refused, int p, CancellationToken ct)
    {
        ChildId = childId;
        Refused = refused;
        Audit = await console.AuditAsync(StaffClaims.ToActor(User), new AuditQuery(p - 1, AuditQuery.DefaultPageSize, childId, refused), ct);
    }

    /// <summary>The link to page <paramref name="page"/> (1-based, <c>p</c>: Razor Pages keeps <c>page</c> for the page's own name) with the same filter.</summary>
    public string? PageLink(int page) => Url.Page("/Audit", new { childId = ChildId, refused = Refused ? true : (bool?)null, p = page });
}
