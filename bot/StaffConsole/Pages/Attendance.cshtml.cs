using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// Today's attendance of a class as a grid: one row per child, one tap per mark (到/迟/缺/假/病), and 全到 for every
/// child not yet marked. Written through the attendance service the chat's 考勤 uses, so the policy and the records are
/// the same; a leave or sick day the family reported is shown and is changed only by an explicit tap.
/// </summary>
[Authorize(Roles = StaffRoles.SchoolAdmin + "," + StaffRoles.HeadTeacher + "," + StaffRoles.PairedTeacher)]
internal sealed class AttendanceModel(IStaffConsole console, IAttendanceService attendance, TimeProvider time) : PageModel
{
    public static readonly AttendanceStatus[] Marks = [AttendanceStatus.Present, AttendanceStatus.Late, AttendanceStatus.Absent, AttendanceStatus.Leave, AttendanceStatus.Sick];

    public IReadOnlyList<ClassRef> Classes { get; private set; } = [];

    public int? ClassId { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<(int ChildId, string Name, string StudentNumber, AttendanceStatus? Status)> Rows { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(int? classId, string? done, CancellationToken ct)
    {
        Notice = done is "marked" or "allpresent" or "refused" ? ConsoleText.Get("AttendanceNotice_" + done) : null;
        var actor = StaffClaims.ToActor(User);
        Today = BeijingToday();
        Classes = await console.ClassesAsync(actor, ct);
        ClassId = classId is { } c && Classes.Any(x => x.Id == c) ? c : Classes.FirstOrDefault()?.Id;
        if (ClassId is null) return;
        var rows = new List<(int, string, string, AttendanceStatus?)>();
        foreach (var f in await console.FamiliesAsync(actor, ClassId, ct))
        {
            var day = await attendance.GetAsync(actor, f.ChildId, Today, Today, ct);
            rows.Add((f.ChildId, f.ChildName, f.StudentNumber, day?.Days.FirstOrDefault()?.Status));
        }
        Rows = rows;
    }

    public async Task<IActionResult> OnPostMarkAsync(int classId, int childId, AttendanceStatus status, CancellationToken ct)
    {
        if (!Enum.IsDefined(status)) return RedirectToPage(new { classId, done = "refused" });
        return await ActAsync(classId, () => attendance.RecordAsync(StaffClaims.ToActor(User), childId, BeijingToday(), status, cancellationToken: ct), "marked");
    }

    /// <summary>全到: every child of the class not yet marked today is present; marks already made stay.</summary>
    public async Task<IActionResult> OnPostAllPresentAsync(int classId, CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        var today = BeijingToday();
        return await ActAsync(classId, async () =>
        {
            foreach (var f in await console.FamiliesAsync(actor, classId, ct))
            {
                var day = await attendance.GetAsync(actor, f.ChildId, today, today, ct);
                if (day is { Days.Count: 0 }) await attendance.RecordAsync(actor, f.ChildId, today, AttendanceStatus.Present, cancellationToken: ct);
            }
        }, "allpresent");
    }

    private async Task<IActionResult> ActAsync(int classId, Func<Task> act, string done)
    {
        try
        {
            await act();
        }
        catch (ArchiveException)
        {
            // Not this teacher's child (or gone): nothing written, and the page says so.
            return RedirectToPage(new { classId, done = "refused" });
        }
        return RedirectToPage(new { classId, done });
    }

    private DateOnly BeijingToday() => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
}
