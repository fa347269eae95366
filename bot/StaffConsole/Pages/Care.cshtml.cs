using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;
using LeftBehind.Archive.Terms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// 关爱工作 for the term of the 校历 (current, else the last): each paired teacher's 谈心 coverage (of the weeks with
/// school days), 家访 and festivals, the 座谈会 with replies and attendance, the concerns raised and closed — on
/// screen, as Excel made from the same rows, and printable. A county viewer sees every school's sums, no names.
/// </summary>
internal sealed class CareModel(ICareService care, IMeetingService meetings, ITermCalendar calendar, TimeProvider time) : PageModel
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public SchoolTerm? Term { get; private set; }

    public CareReport? Report { get; private set; }

    public IReadOnlyList<MeetingInfo> Meetings { get; private set; } = [];

    public bool IsCounty { get; private set; }

    public int TalksRecorded => Report?.Teachers.Sum(t => t.TalksRecorded) ?? 0;

    public int TalksExpected => Report?.Teachers.Sum(t => t.TalksExpected) ?? 0;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Report is null) return NotFound();
        var rows = Report.Teachers.Select(t => new Dictionary<string, object>
        {
            [ConsoleText.Get("CareTeacher")] = IsCounty ? "" : t.TeacherName,
            [ConsoleText.Get("CarePaired")] = t.PairedChildren,
            [ConsoleText.Get("CareTalks")] = t.TalksRecorded,
            [ConsoleText.Get("CareTalksExpected")] = t.TalksExpected,
            [ConsoleText.Get("CareHomeVisits")] = t.HomeVisits,
            [ConsoleText.Get("CareFestivals")] = t.Festivals,
        }).ToList();
        rows.Add(new Dictionary<string, object>
        {
            [ConsoleText.Get("CareTeacher")] = ConsoleText.Get("FigTotal"),
            [ConsoleText.Get("CarePaired")] = Report.Teachers.Sum(t => t.PairedChildren),
            [ConsoleText.Get("CareTalks")] = TalksRecorded,
            [ConsoleText.Get("CareTalksExpected")] = TalksExpected,
            [ConsoleText.Get("CareHomeVisits")] = Report.Teachers.Sum(t => t.HomeVisits),
            [ConsoleText.Get("CareFestivals")] = Report.Teachers.Sum(t => t.Festivals),
        });
        var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: ConsoleText.Get("CareTitle"), cancellationToken: ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"care-{Term!.Name}.xlsx");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        IsCounty = actor.Role == ActorRole.CountyViewer;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Beijing).DateTime);
        Term = calendar.CurrentOrLast(today);
        if (Term is null) return;
        var until = Term.End < today ? Term.End : today;
        Report = await care.GetCareReportAsync(actor, Term.Start, Term.End, StartUtc(Term.Start), StartUtc(Term.End.AddDays(1)), Term.SchoolWeeks(until), ct);
        if (!IsCounty) Meetings = (await meetings.ListAsync(actor, ct)).Where(m => m.At >= StartUtc(Term.Start) && m.At < StartUtc(Term.End.AddDays(1))).ToList();
    }

    private static DateTimeOffset StartUtc(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Beijing), TimeSpan.Zero);
}
