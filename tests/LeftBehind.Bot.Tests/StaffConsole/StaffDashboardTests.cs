using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>Issue 19: the dashboard's figures, the Excel export that must equal them, and the county's view (sums, no names).</summary>
public sealed partial class StaffDashboardTests : IDisposable
{
    private const string Password = "Liangdishu2026";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
    private readonly HostFactory _host;

    public StaffDashboardTests()
    {
        _host = new HostFactory { EnvironmentName = "Development", TestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)) };
        _host.Settings["Storage:SeedDemoData"] = "true";
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_excel_export_has_exactly_the_figures_of_the_dashboard()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("xiaozhang", Password);

        var page = await browser.PageAsync("/console/dashboard?period=term");
        var excel = await browser.GetAsync("/console/dashboard?handler=Excel&period=term");
        var rows = (await MiniExcel.QueryAsync(await excel.Content.ReadAsStreamAsync(), useHeaderRow: true)).Cast<IDictionary<string, object>>().ToList();

        var shown = Figures(page);
        var row = Assert.Single(rows);
        Assert.Equal("阳光县希望小学", row["学校"]);
        Assert.Equal(13, shown.Count);
        Assert.Equal("12", shown["Children"]);
        Assert.Equal("1", shown["QuestionsWaiting"]);
        Assert.Equal("1", shown["LettersToChild"]);
        // Each figure's label on the page is the Excel column's header; the numbers must be the same.
        var labelled = Regex.Matches(page, "<td>([^<]+)</td>\\s*<td class=\"[^\"]*\" data-figure=\"[A-Za-z0-9]+\">([0-9]+)</td>").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(13, labelled.Count);
        foreach (var (label, value) in labelled) Assert.Equal(value, Convert.ToString(row[label], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_parent_binding_changes_the_reachable_families_on_the_dashboard()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("xiaozhang", Password);
        var before = Figures(await browser.PageAsync("/console/dashboard"))["Reachable"];

        const string reference = """{"channelId":"directline","serviceUrl":"http://127.0.0.1/","conversation":{"id":"c9"},"user":{"id":"dad"}}""";
        var bound = await _host.Services.GetRequiredService<IBindingService>().RedeemAsync("BABA23", "directline", "dad", reference, "conv:c9");
        var after = Figures(await browser.PageAsync("/console/dashboard"))["Reachable"];

        Assert.Equal(RedeemOutcome.Bound, bound.Outcome);
        Assert.Equal("0", before);
        Assert.Equal("2", after);
    }

    [Fact]
    public async Task The_county_sees_every_schools_sums_and_a_total_but_no_child_and_no_family_page()
    {
        var admin = _host.CreateAdminClient();
        var roster = "学校,班级,学号,学生姓名,性别,出生日期,留守类型,监护人姓名,监护人关系,监护人电话,父亲姓名,父亲电话,父亲务工地,母亲姓名,母亲电话,母亲务工地,班主任,帮扶教师\r\n" +
                     "山河镇中心小学,一年级(1)班,S1001,石小溪,女,2019-05-01,双亲外出,石奶奶,祖父母,13900000101,石大川,13900000102,广东深圳,林月,13900000103,广东深圳,何老师,\r\n";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/admin/roster", new StringContent(roster, Encoding.UTF8, "text/csv"))).StatusCode);
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("county", Password);

        var page = await browser.PageAsync("/console");
        var families = await browser.GetAsync("/console/families");

        Assert.Contains("阳光县希望小学", page);
        Assert.Contains("山河镇中心小学", page);
        Assert.Equal("13", Figures(page)["Children"]);
        Assert.DoesNotContain("王小明", page);
        Assert.DoesNotContain("石小溪", page);
        Assert.DoesNotContain("no-contact-7", page);
        Assert.Equal(HttpStatusCode.Redirect, families.StatusCode);
        Assert.StartsWith("/console/denied", families.Headers.Location!.AbsolutePath);
    }

    private static Dictionary<string, string> Figures(string page) =>
        FigureCell().Matches(page).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [GeneratedRegex("<td class=\"[^\"]*\" data-figure=\"([A-Za-z0-9]+)\">([0-9]+)</td>")]
    private static partial Regex FigureCell();
}
