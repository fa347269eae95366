using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>Who read which child's data, when (the school's children only), newest first.</summary>
[Authorize(Roles = StaffRoles.SchoolAdmin)]
internal sealed class AuditModel(IStaffConsole console) : PageModel
{
    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await console.AuditAsync(StaffClaims.ToActor(User), 300, ct);
}
