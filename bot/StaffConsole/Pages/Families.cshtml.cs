using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>Each child the staff member may see, with guardian, parents, teachers and who has bound on which channel (every child's read audited).</summary>
[Authorize(Roles = StaffRoles.SchoolAdmin + "," + StaffRoles.HeadTeacher + "," + StaffRoles.PairedTeacher)]
internal sealed class FamiliesModel(IStaffConsole console) : PageModel
{
    public IReadOnlyList<ClassRef> Classes { get; private set; } = [];

    public IReadOnlyList<FamilyRow> Rows { get; private set; } = [];

    public int? ClassId { get; private set; }

    public async Task OnGetAsync(int? classId, CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        ClassId = classId;
        Classes = await console.ClassesAsync(actor, ct);
        Rows = await console.FamiliesAsync(actor, classId, ct);
    }
}
