using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LeftBehind.Tests.Infrastructure;
using MiniExcelLibs;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>
/// Issue 19 end to end: the service on a loopback port with the demo school, the console in headless Chromium and the
/// father on the official Direct Line client (tests/e2e/staff-console.js); the real outbox and bot, no double.
/// </summary>
public sealed class StaffConsoleEndToEndTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new() { EnvironmentName = "Development" };
    private readonly string _baseUrl;

    public StaffConsoleEndToEndTests()
    {
        _factory.Settings["Storage:SeedDemoData"] = "true";
        _baseUrl = _factory.StartOnLoopback();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Admin_issues_class_invites_and_slips_a_paired_teacher_sees_her_children_and_the_head_teachers_answer_reaches_the_fathers_chat()
    {
        var shots = Environment.GetEnvironmentVariable("LB_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(LeftBehindFactory.RepositoryRoot, "docs", "screenshots")
            : null;

        var (code, output) = shots is null ? await NodeScript.RunAsync("staff-console.js", _baseUrl) : await NodeScript.RunAsync("staff-console.js", _baseUrl, shots);

        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
        Assert.Contains("e2e-console-dad <- ", output);
    }

    [Fact]
    public async Task The_excel_files_downloaded_in_chromium_equal_the_pages_a_reissued_code_replaces_the_old_in_the_chat_and_a_second_school_sees_nothing()
    {
        var key = await SecondSchoolAsync();
        var downloads = Path.Combine(Path.GetTempPath(), "lb-console-" + Guid.NewGuid().ToString("N"));
        var shots = Environment.GetEnvironmentVariable("LB_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(LeftBehindFactory.RepositoryRoot, "docs", "screenshots")
            : null;
        try
        {
            var (code, output) = shots is null
                ? await NodeScript.RunAsync("staff-console-school.js", _baseUrl, downloads, key)
                : await NodeScript.RunAsync("staff-console-school.js", _baseUrl, downloads, key, shots);

            Assert.True(code == 0, output);
            var result = JsonDocument.Parse(output.Split('\n').First(l => l.StartsWith("{\"ok\"", StringComparison.Ordinal))).RootElement;
            Assert.True(result.GetProperty("ok").GetBoolean(), output);
            Assert.Contains("mother (new phone) <- ", output);

            // The dashboard's Excel file as the browser saved it: one row (the school), a column per figure on the page.
            var dashboard = Query(Path.Combine(downloads, "dashboard.xlsx"), null);
            var row = Assert.Single(dashboard);
            var shown = result.GetProperty("dashboard").EnumerateObject().ToList();
            Assert.Equal(13, shown.Count);
            foreach (var figure in shown) Assert.Equal(figure.Value.GetString(), Cell(row[figure.Name]));

            // The term report's Excel files (the school admin's, the county's): every line of the page, every column.
            AssertReport(result.GetProperty("report"), Path.Combine(downloads, "report.xlsx"), ["阳光县希望小学"]);
            AssertReport(result.GetProperty("countyReport"), Path.Combine(downloads, "county-report.xlsx"), ["山河镇中心小学", "阳光县希望小学", "合计"]);
        }
        finally
        {
            if (Directory.Exists(downloads)) Directory.Delete(downloads, recursive: true);
        }
    }

    private static void AssertReport(JsonElement shown, string file, string[] columns)
    {
        var figures = Query(file, "工作总结");
        var care = Query(file, "关爱工作");
        var lines = shown.EnumerateObject().ToList();
        Assert.Equal(lines.Count, figures.Count + care.Count);
        Assert.True(figures.Count >= 25, $"{figures.Count} lines");
        foreach (var r in figures)
        {
            var values = lines.Single(l => l.Name == Cell(r["项目"])).Value.EnumerateArray().Select(v => v.GetString()).ToList();
            Assert.Equal(values, columns.Select(c => Cell(r[c])).ToList());
        }
        foreach (var r in care)
            Assert.Equal(lines.Single(l => l.Name == Cell(r["项目"])).Value.EnumerateArray().Single().GetString(), Cell(r["数值"]));
    }

    private static List<IDictionary<string, object>> Query(string file, string? sheet)
    {
        using var stream = File.OpenRead(file);
        return MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object>>().ToList();
    }

    private static string? Cell(object value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A second school with its own admin (shanhe) and its own API key, made as a set-up script does.</summary>
    private async Task<string> SecondSchoolAsync()
    {
        using var admin = _factory.CreateAdminClient();
        var roster = "学校,班级,学号,学生姓名,性别,出生日期,留守类型,监护人姓名,监护人关系,监护人电话,父亲姓名,父亲电话,父亲务工地,母亲姓名,母亲电话,母亲务工地,班主任,帮扶教师\r\n" +
                     "山河镇中心小学,一年级(1)班,S1001,石小溪,女,2019-05-01,双亲外出,石奶奶,祖父母,13900000101,石大川,13900000102,广东深圳,林月,13900000103,广东深圳,何老师,\r\n";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/admin/roster", new StringContent(roster, Encoding.UTF8, "text/csv"))).StatusCode);
        var staff = await admin.PostAsJsonAsync("/admin/staff", new { school = "山河镇中心小学", name = "山河管理员", role = "SchoolAdmin", login = "shanhe", password = "shanhe-admin-2026" });
        Assert.Equal(HttpStatusCode.Created, staff.StatusCode);
        var created = await admin.PostAsJsonAsync("/admin/schools/keys", new { school = "山河镇中心小学", name = "set-up script" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }
}
