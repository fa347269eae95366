using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>
/// Issue 19: the term's 工作总结 (/console/reports) — children by type and guardian relation, pairs, contact, letters,
/// calls, questions and SLA, emergencies and response times — on screen, as Excel equal to the page, printable; the
/// care figures are the care service's; the county sums its schools without a name.
/// </summary>
public sealed partial class StaffReportTests : IDisposable
{
    private const string Password = "Liangdishu2026";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
    private readonly HostFactory _host;

    public StaffReportTests()
    {
        _host = new HostFactory { EnvironmentName = "Development", TestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)) };
        _host.Settings["Storage:SeedDemoData"] = "true";
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_school_admins_term_report_counts_every_child_by_type_and_relation_and_its_excel_equals_the_page()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("xiaozhang", Password);

        var page = await browser.PageAsync("/console/reports");
        var excel = await browser.GetAsync("/console/reports?handler=Excel");
        var shown = Lines(page);
        var sheets = await SheetsAsync(excel);

        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Contains("学期工作总结", page);
        Assert.Equal("12", shown["Children"].Single());
        Assert.Equal(12, shown.Where(l => l.Key.StartsWith("Type", StringComparison.Ordinal)).Sum(l => int.Parse(l.Value.Single())));
        Assert.Equal(12, shown.Where(l => l.Key.StartsWith("Relation", StringComparison.Ordinal)).Sum(l => int.Parse(l.Value.Single())));
        Assert.Equal("1", shown["QuestionsWaiting"].Single());
        // Every line of the page is a row of the Excel file, with the same label and value (one school: one column).
        var figures = sheets["工作总结"];
        Assert.Equal(shown.Count - CareKeys, figures.Count);
        foreach (var row in figures)
        {
            var label = (string)row["项目"];
            var key = LabelKey(page, label);
            Assert.Equal(shown[key].Single(), Convert.ToString(row["阳光县希望小学"], System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var row in sheets["关爱工作"])
        {
            var key = LabelKey(page, (string)row["项目"]);
            Assert.Equal(shown[key].Single(), Convert.ToString(row["数值"], System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.DoesNotContain("王小明", page);
    }

    [Fact]
    public async Task Emergencies_of_the_term_show_the_median_minutes_to_the_first_response_and_to_resolution()
    {
        var ming = await ChildAsync("王小明");
        var emergencies = _host.Services.GetRequiredService<IEmergencyService>();
        var raised = await emergencies.RaiseAsync(Actor.Admin, ming.Id, "小明放学没有回家");
        var head = raised.Recipients.Single(r => r.Role == "head_teacher").PersonId;
        var paired = raised.Recipients.Single(r => r.Role == "paired_teacher").PersonId;
        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.True(await emergencies.AcknowledgeAsync(Actor.Teacher(head), raised.Id));
        _time.Advance(TimeSpan.FromMinutes(26));
        await emergencies.ResolveAsync(Actor.Teacher(paired), raised.Id, "找到了，在同学家");
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("xiaozhang", Password);

        var shown = Lines(await browser.PageAsync("/console/reports"));

        Assert.Equal("1", shown["EmergenciesRaised"].Single());
        Assert.Equal("1", shown["EmergenciesResolved"].Single());
        Assert.Equal("4", shown["MedianResponse"].Single());
        Assert.Equal("30", shown["MedianResolve"].Single());
    }

    [Fact]
    public async Task The_reports_care_figures_are_those_of_the_care_page()
    {
        var ming = await ChildAsync("王小明");
        var care = _host.Services.GetRequiredService<ICareService>();
        var emergencies = _host.Services.GetRequiredService<IEmergencyService>();
        // The teachers of 王小明, as the emergency service finds them.
        var raised = await emergencies.RaiseAsync(Actor.Admin, ming.Id, "测试");
        var head = raised.Recipients.Single(r => r.Role == "head_teacher").PersonId;
        var paired = raised.Recipients.Single(r => r.Role == "paired_teacher").PersonId;
        var today = new DateOnly(2026, 12, 7);
        await care.RecordTalkAsync(Actor.Teacher(paired), ming.Id, new WeeklyTalkInput(today, TalkMark.Good, TalkMark.Good, TalkMark.Good, TalkMark.Good, TalkMark.Good, "聊了期中考试", false));
        await care.RecordHomeVisitAsync(Actor.Teacher(head), ming.Id, new HomeVisitInput(today, TalkMark.Good, TalkMark.Good, TalkMark.Fair, TalkMark.Good, "奶奶身体还好"));
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("xiaozhang", Password);

        var report = Lines(await browser.PageAsync("/console/reports"));
        var carePage = await browser.PageAsync("/console/care");

        var talks = Regex.Match(carePage, "data-figure=\"talks\">([0-9]+) / ([0-9]+)[ <]");
        var visits = Regex.Match(carePage, "data-figure=\"home-visits\">([0-9]+)<");
        Assert.Equal(talks.Groups[1].Value, report["TalksRecorded"].Single());
        Assert.Equal(talks.Groups[2].Value, report["TalksExpected"].Single());
        Assert.Equal(visits.Groups[1].Value, report["HomeVisits"].Single());
        Assert.Equal("1", report["TalksRecorded"].Single());
        Assert.Equal("1", report["HomeVisits"].Single());
        Assert.Contains("href=\"/console/care\"", await browser.PageAsync("/console/reports"));
    }

    [Fact]
    public async Task The_county_report_sums_its_schools_and_names_no_child_and_no_teacher()
    {
        var admin = _host.CreateAdminClient();
        var roster = "学校,班级,学号,学生姓名,性别,出生日期,留守类型,监护人姓名,监护人关系,监护人电话,父亲姓名,父亲电话,父亲务工地,母亲姓名,母亲电话,母亲务工地,班主任,帮扶教师\r\n" +
                     "山河镇中心小学,一年级(1)班,S1001,石小溪,女,2019-05-01,父亲外出,石奶奶,祖父母,13900000101,石大川,13900000102,广东深圳,林月,13900000103,,何老师,周老师\r\n";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/admin/roster", new StringContent(roster, Encoding.UTF8, "text/csv"))).StatusCode);
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("county", Password);

        var page = await browser.PageAsync("/console/reports");
        var shown = Lines(page);
        var sheets = await SheetsAsync(await browser.GetAsync("/console/reports?handler=Excel"));

        // Columns: 山河镇中心小学, 阳光县希望小学 (ordinal order), then the total.
        Assert.Equal(["1", "12", "13"], shown["Children"]);
        Assert.Equal("1", shown["PairedTeachers"][0]);
        foreach (var (key, values) in shown.Where(l => l.Value.Count == 3 && !l.Key.StartsWith("Median", StringComparison.Ordinal) && l.Key != "ContactsPerFamily"))
            Assert.Equal(int.Parse(values[0]) + int.Parse(values[1]), int.Parse(values[2]));
        Assert.Equal("1", shown["TypeFatherAway"][0]);
        Assert.Equal("1", shown["PairedChildren"][0]);
        Assert.Equal(3, sheets["工作总结"][0].Count - 1);
        Assert.DoesNotContain("王小明", page);
        Assert.DoesNotContain("石小溪", page);
        Assert.DoesNotContain("王芳", page);
        Assert.DoesNotContain("周老师", page);
    }

    [Fact]
    public async Task The_printable_report_has_no_menu_a_line_to_sign_and_a_print_button_our_csp_lets_run()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("lihongmei", Password);

        var printable = await browser.PageAsync("/console/reports?print=true");
        var script = await browser.GetAsync("/console/console-print.js");

        Assert.Contains("填报人", printable);
        Assert.Contains("data-print", printable);
        Assert.Contains("<script src=\"/console/console-print.js\"", printable);
        Assert.DoesNotContain("onclick", printable);
        Assert.DoesNotContain("menu-toggle", printable);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains("window.print()", await script.Content.ReadAsStringAsync());
    }

    private const int CareKeys = 10;

    private async Task<ChildSummary> ChildAsync(string name) =>
        (await _host.Services.GetRequiredService<IChildrenService>().GetChildrenAsync(Actor.Admin)).Single(c => c.Name == name);

    private static async Task<Dictionary<string, List<IDictionary<string, object>>>> SheetsAsync(HttpResponseMessage excel)
    {
        var bytes = await excel.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        var result = new Dictionary<string, List<IDictionary<string, object>>>();
        foreach (var name in MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            result[name] = MiniExcel.Query(stream, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object>>().ToList();
        }
        return result;
    }

    /// <summary>Each line of the page's report tables by its key: the values of its cells, left to right.</summary>
    private static Dictionary<string, List<string>> Lines(string page) =>
        Line().Matches(page).ToDictionary(
            m => m.Groups[1].Value,
            m => Cell().Matches(m.Groups[2].Value).Skip(1).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value.Trim())).ToList());

    private static string LabelKey(string page, string label) =>
        Line().Matches(page).Single(m => WebUtility.HtmlDecode(Cell().Match(m.Groups[2].Value).Groups[1].Value.Trim()) == label).Groups[1].Value;

    [GeneratedRegex("<tr data-line=\"([A-Za-z0-9]+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Line();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
