using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;
using LeftBehind.Archive.Terms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// The 学期通报 of the term, one child a printed page, with the same counts and wellbeing line the families got in
/// the chat (never the 谈心 marks), for guardians who want it on paper.
/// </summary>
[Authorize(Roles = StaffRoles.SchoolAdmin + "," + StaffRoles.HeadTeacher + "," + StaffRoles.PairedTeacher)]
internal sealed class CareNoticesModel(ICareService care, ITermCalendar calendar, TimeProvider time) : PageModel
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public SchoolTerm? Term { get; private set; }

    public IReadOnlyList<TermNotice> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Beijing).DateTime);
        Term = calendar.CurrentOrLast(today);
        if (Term is null) return;
        Notices = await care.GetTermNoticesAsync(StaffClaims.ToActor(User), Term.Start, Term.End, Beijing, ct);
    }
}
