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

    public bool IsAdmin { get; private set; }

    public int TalksRecorded => Report?.Teachers.Sum(t => t.TalksRecorded) ?? 0;

    public int TalksExpected => Report?.Teachers.Sum(t => t.TalksExpected) ?? 0;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>
    /// Two sheets from the same figures as the page: each teacher (a county viewer: the total only) and the term's
    /// sums — 谈心, 五个一 by item, 家访, 座谈会 attendance, concerns raised and closed.
    /// </summary>
    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Report is null) return NotFound();
        var r = Report;
        var teachers = (IsCounty ? [] : r.Teachers.Select(t => TeacherRow(t.TeacherName, t.PairedChildren, t.TalksRecorded, t.TalksExpected, t.FiveOnesDone, t.FiveOnesExpected, t.HomeVisits, t.Festivals))).ToList();
        teachers.Add(TeacherRow(ConsoleText.Get("FigTotal"), r.Teachers.Sum(t => t.PairedChildren), TalksRecorded, TalksExpected,
            r.Teachers.Sum(t => t.FiveOnesDone), r.Teachers.Sum(t => t.FiveOnesExpected), r.Teachers.Sum(t => t.HomeVisits), r.Teachers.Sum(t => t.Festivals)));
        var sums = new List<Dictionary<string, object>>
        {
            SumRow("CareTalkCoverage", $"{TalksRecorded} / {TalksExpected}"),
            SumRow("CareFiveOnes", $"{r.Teachers.Sum(t => t.FiveOnesDone)} / {r.Teachers.Sum(t => t.FiveOnesExpected)}"),
        };
        sums.AddRange(r.FiveOnes.Select(c => SumRow("FiveOnes_" + c.Item, $"{c.Done} / {c.Expected}")));
        sums.Add(SumRow("CareHomeVisits", r.Teachers.Sum(t => t.HomeVisits)));
        sums.Add(SumRow("CareFestivals", r.Teachers.Sum(t => t.Festivals)));
        sums.Add(SumRow("CareMeetingCount", r.Meetings.Meetings));
        sums.Add(SumRow("CareInvited", r.Meetings.Invited));
        sums.Add(SumRow("CareAttending", r.Meetings.Attending));
        sums.Add(SumRow("CareAttended", r.Meetings.Attended));
        sums.Add(SumRow("CareGapsRaisedClosed", $"{r.GuardianGapsRaised} / {r.GuardianGapsClosed}"));
        sums.Add(SumRow("CareWellbeingRaisedClosed", $"{r.WellbeingRaised} / {r.WellbeingClosed}"));
        sums.Add(SumRow("CareWithoutGuardian", r.ChildrenWithoutGuardian));
        var sheets = new Dictionary<string, object> { [ConsoleText.Get("CareByTeacher")] = teachers, [ConsoleText.Get("CareSums")] = sums };
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"care-{Term!.Name}.xlsx");
    }

    private static Dictionary<string, object> TeacherRow(string name, int paired, int talks, int talksExpected, int fiveDone, int fiveExpected, int homeVisits, int festivals) => new()
    {
        [ConsoleText.Get("CareTeacher")] = name,
        [ConsoleText.Get("CarePaired")] = paired,
        [ConsoleText.Get("CareTalks")] = talks,
        [ConsoleText.Get("CareTalksExpected")] = talksExpected,
        [ConsoleText.Get("CareFiveOnesDone")] = fiveDone,
        [ConsoleText.Get("CareFiveOnesExpected")] = fiveExpected,
        [ConsoleText.Get("CareHomeVisits")] = homeVisits,
        [ConsoleText.Get("CareFestivals")] = festivals,
    };

    private static Dictionary<string, object> SumRow(string name, object value) => new()
    {
        [ConsoleText.Get("CareFigure")] = ConsoleText.Get(name),
        [ConsoleText.Get("CareValue")] = value,
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        IsCounty = actor.Role == ActorRole.CountyViewer;
        IsAdmin = actor.Role == ActorRole.SchoolAdmin;
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
