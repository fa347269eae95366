using LeftBehind.Archive.Model;
using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// The week's and the term's figures (工作总结): on screen and as an Excel file made from the very same rows, so the two
/// always agree. A county viewer sees each school's sums and the total, never a name.
/// </summary>
internal sealed class DashboardModel(IStaffFigures figures, TimeProvider time) : PageModel
{
    public static readonly string[] Columns =
    [
        "Children", "Reachable", "InContact", "NoContact7", "NoContact14", "QuestionsWaiting", "QuestionsAnswered", "QuestionsAnsweredInDay",
        "OpenEmergencies", "LettersToChild", "LettersFromChild", "CallsBooked", "CallsHeld",
    ];

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public string Period { get; private set; } = "week";

    public string FromText { get; private set; } = "";

    public bool IsCounty { get; private set; }

    public IReadOnlyList<SchoolFigures> Schools { get; private set; } = [];

    /// <summary>Each school, then the total when there is more than one school.</summary>
    public IReadOnlyList<SchoolFigures> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? period, CancellationToken ct) => await LoadAsync(period, ct);

    public async Task<IActionResult> OnGetExcelAsync(string? period, CancellationToken ct)
    {
        await LoadAsync(period, ct);
        var sheet = Rows.Select(r =>
        {
            var row = new Dictionary<string, object> { [ConsoleText.Get("FigSchool")] = r.School };
            foreach (var c in Columns) row[ConsoleText.Get("Fig" + c)] = Value(r, c);
            return row;
        }).ToList();
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: ConsoleText.Get("DashboardTitle"), cancellationToken: ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"figures-{Period}-{FromText}.xlsx");
    }

    /// <summary>Which figures are drawn together (a picture reads faster than the table), by title key.</summary>
    public static readonly (string Id, string[] Columns)[] ChartGroups =
    [
        ("ChartContact", ["Children", "Reachable", "InContact", "NoContact7", "NoContact14"]),
        ("ChartQuestions", ["QuestionsWaiting", "QuestionsAnswered", "QuestionsAnsweredInDay", "OpenEmergencies"]),
        ("ChartLetters", ["LettersToChild", "LettersFromChild", "CallsBooked", "CallsHeld"]),
    ];

    /// <summary>The same rows as the table for the chart script (each school, not the total), as JSON inert in the page.</summary>
    public string ChartJson() => System.Text.Json.JsonSerializer.Serialize(new
    {
        labels = Columns.ToDictionary(c => c, c => ConsoleText.Get("Fig" + c)),
        groups = ChartGroups.Select(g => new { id = g.Id, title = ConsoleText.Get(g.Id), columns = g.Columns }),
        schools = Schools.Select(s => new { name = s.School, values = Columns.ToDictionary(c => c, c => Value(s, c)) }),
    });

    public static int Value(SchoolFigures f, string column) => column switch
    {
        "Children" => f.Children,
        "Reachable" => f.Reachable,
        "InContact" => f.InContact,
        "NoContact7" => f.NoContact7,
        "NoContact14" => f.NoContact14,
        "QuestionsWaiting" => f.QuestionsWaiting,
        "QuestionsAnswered" => f.QuestionsAnswered,
        "QuestionsAnsweredInDay" => f.QuestionsAnsweredInDay,
        "OpenEmergencies" => f.OpenEmergencies,
        "LettersToChild" => f.LettersToChild,
        "LettersFromChild" => f.LettersFromChild,
        "CallsBooked" => f.CallsBooked,
        "CallsHeld" => f.CallsHeld,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    private async Task LoadAsync(string? period, CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        IsCounty = actor.Role == ActorRole.CountyViewer;
        Period = period == "term" ? "term" : "week";
        var now = time.GetUtcNow().ToOffset(Beijing);
        var from = Period == "week" ? now.AddDays(-7) : TermStart(now);
        FromText = from.ToString("yyyy-MM-dd");
        Schools = await figures.GetAsync(actor, from, ct);
        Rows = Schools.Count > 1 ? [.. Schools, Total(Schools)] : Schools;
    }

    /// <summary>The spring term from 1 February, the autumn term from 1 September (Beijing time).</summary>
    private static DateTimeOffset TermStart(DateTimeOffset now) => now.Month switch
    {
        >= 2 and <= 8 => new DateTimeOffset(now.Year, 2, 1, 0, 0, 0, Beijing),
        >= 9 => new DateTimeOffset(now.Year, 9, 1, 0, 0, 0, Beijing),
        _ => new DateTimeOffset(now.Year - 1, 9, 1, 0, 0, 0, Beijing),
    };

    private static SchoolFigures Total(IReadOnlyList<SchoolFigures> s) => new(
        ConsoleText.Get("FigTotal"), s.Sum(x => x.Children), s.Sum(x => x.Reachable), s.Sum(x => x.InContact), s.Sum(x => x.NoContact7), s.Sum(x => x.NoContact14),
        s.Sum(x => x.QuestionsWaiting), s.Sum(x => x.QuestionsAnswered), s.Sum(x => x.QuestionsAnsweredInDay), s.Sum(x => x.OpenEmergencies),
        s.Sum(x => x.LettersToChild), s.Sum(x => x.LettersFromChild), s.Sum(x => x.CallsBooked), s.Sum(x => x.CallsHeld), [], []);
}
