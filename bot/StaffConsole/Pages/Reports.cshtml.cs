using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;
using LeftBehind.Archive.Terms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// The term's 工作总结 for the 校历's term (current, else the last): the report's own figures per school (a county
/// viewer: every school and their total, no names) and the care figures of <see cref="ICareService"/> (the same service
/// /console/care reads). On screen, as an Excel file made from the very same lines, and as a printable page.
/// </summary>
internal sealed class ReportsModel(ITermReport reports, ICareService care, ITermCalendar calendar, TimeProvider time) : PageModel
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public SchoolTerm? Term { get; private set; }

    public bool IsCounty { get; private set; }

    public bool Print { get; private set; }

    public string PrintedOn { get; private set; } = "";

    /// <summary>The column headings: each school, then the total when there is more than one.</summary>
    public IReadOnlyList<string> Columns { get; private set; } = [];

    /// <summary>The report's lines, one value per column; a line without values is a section heading.</summary>
    public IReadOnlyList<ReportLine> Lines { get; private set; } = [];

    /// <summary>The care lines (one value: the sum over the children the account may see).</summary>
    public IReadOnlyList<ReportLine> CareLines { get; private set; } = [];

    public async Task OnGetAsync(bool? print, CancellationToken ct)
    {
        Print = print == true;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Term is null) return NotFound();
        var item = ConsoleText.Get("ReportItem");
        var figures = Lines.Where(l => l.Values.Count > 0).Select(l =>
        {
            var row = new Dictionary<string, object> { [item] = l.Label };
            for (var i = 0; i < Columns.Count; i++) row[Columns[i]] = l.Values[i];
            return row;
        }).ToList();
        var careRows = CareLines.Select(l => new Dictionary<string, object> { [item] = l.Label, [ConsoleText.Get("ReportValue")] = l.Values[0] }).ToList();
        var sheets = new Dictionary<string, object>
        {
            [ConsoleText.Get("ReportSheetFigures")] = figures,
            [ConsoleText.Get("ReportSheetCare")] = careRows,
        };
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"report-{Term.Start:yyyyMMdd}-{Term.End:yyyyMMdd}.xlsx");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        IsCounty = actor.Role == ActorRole.CountyViewer;
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), Beijing);
        var today = DateOnly.FromDateTime(now.DateTime);
        PrintedOn = today.ToString("yyyy-MM-dd");
        Term = calendar.CurrentOrLast(today);
        if (Term is null) return;
        var until = Term.End < today ? Term.End : today;
        var fromUtc = StartUtc(Term.Start);
        var toUtc = StartUtc(Term.End.AddDays(1));
        var report = await reports.GetAsync(actor, fromUtc, toUtc, ct);
        var columns = report.Schools.Count > 1 ? [.. report.Schools, report.Total with { School = ConsoleText.Get("FigTotal") }] : report.Schools;
        if (columns.Count == 0) columns = [report.Total with { School = ConsoleText.Get("FigTotal") }];
        Columns = columns.Select(c => c.School).ToList();
        Lines = ReportLine.Build(columns);
        CareLines = ReportLine.Care(await care.GetCareReportAsync(actor, Term.Start, Term.End, fromUtc, toUtc, Term.SchoolWeeks(until), ct));
    }

    private static DateTimeOffset StartUtc(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Beijing), TimeSpan.Zero);
}
