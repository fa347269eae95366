using System.Net;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Tips;
using LeftBehind.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>
/// #20 on the console: the term report with 五个一 and 座谈会 attendance (screen, Excel, print), a 座谈会 scheduled
/// from a form with replies and attendance, and the tips library the school edits.
/// </summary>
public sealed class CareConsoleFormsTests : IDisposable
{
    private const string Password = "Liangdishu2026";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
    private readonly HostFactory _host;

    public CareConsoleFormsTests()
    {
        _host = new HostFactory { EnvironmentName = "Development", TestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)) };
        _host.Settings["Storage:SeedDemoData"] = "true";
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_print_button_works_under_the_page_policy_it_runs_a_script_of_ours_not_an_inline_handler()
    {
        // Found as wangfang at 390×844: 打印 did nothing — script-src 'self' blocks onclick="window.print()".
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("xiaozhang", Password);
        foreach (var url in new[] { "/console/care", "/console/care/notices" })
        {
            var page = await browser.PageAsync(url);
            Assert.DoesNotContain("onclick=", page);
            Assert.Contains("data-print", page);
            Assert.Contains("<script src=\"/console/console-print.js\" defer></script>", page);
        }
        var script = await browser.GetAsync("/console/console-print.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("window.print()", browser.LastPage);
    }

    [Fact]
    public async Task The_term_report_shows_five_ones_by_teacher_and_item_and_meeting_attendance_and_the_excel_has_the_same_sums()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("xiaozhang", Password);
        var page = await browser.PageAsync("/console/care");
        Assert.Contains("五个一（已做 / 应做）", page);
        Assert.Contains("id=\"care-five-ones\"", page);
        Assert.Contains("每月联系一次班主任", page);
        Assert.Contains("座谈会（场次 / 邀请 / 回复参加 / 到会）", page);
        // 王芳 has three paired children; September to November have ended: 3 × 4 × 3 monthly items and 3 festivals.
        Assert.Matches("data-teacher-five-ones=\"\\d+\">\\d+ / 39 \\(", page);

        var excel = await browser.GetAsync("/console/care?handler=Excel");
        var bytes = await excel.Content.ReadAsByteArrayAsync();
        Assert.Equal(["各位老师", "合计"], MiniExcel.GetSheetNames(new MemoryStream(bytes)));
        var sums = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "合计").Cast<IDictionary<string, object>>()
            .ToDictionary(r => (string)r["项目"], r => r["数"]?.ToString());
        Assert.Contains("五个一（已做 / 应做）", sums.Keys);
        Assert.Contains("每月一次亲情电话或书信", sums.Keys);
        Assert.Equal("0", sums["到会"]);
        Assert.Contains("需要关心（发现 / 解决）", sums.Keys);
        Assert.Contains("无人监护（发现 / 解决）", sums.Keys);
    }

    [Fact]
    public async Task The_county_excel_has_sums_only_no_row_per_teacher()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("county", Password);
        var excel = await browser.GetAsync("/console/care?handler=Excel");
        var bytes = await excel.Content.ReadAsByteArrayAsync();
        var teachers = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "各位老师").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("合计", Assert.Single(teachers)["老师"]);
        Assert.DoesNotContain("王芳", await browser.PageAsync("/console/care"));
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/console/care/meeting")).StatusCode);
    }

    [Fact]
    public async Task The_school_schedules_a_meeting_in_a_form_sees_who_was_invited_and_records_who_came()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("xiaozhang", Password);
        var form = await browser.PageAsync("/console/care/meeting");
        Assert.Contains("id=\"meeting-form\"", form);
        var classId = System.Text.RegularExpressions.Regex.Match(form, "<option value=\"(\\d+)\"").Groups[1].Value;

        // A typo in the date: said back in a sentence, the title kept.
        var bad = await browser.PostAsync("/console/care/meeting?handler=Schedule",
            [new("Title", "期末座谈会"), new("ClassId", classId), new("Date", "2026-12-1x"), new("Time", "15:00"), new("Place", "三楼会议室")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("请填写日期和时间，例如 2026-12-18 和 15:00。", browser.LastPage);
        Assert.Contains("value=\"期末座谈会\"", browser.LastPage);
        var past = await browser.PostAsync("/console/care/meeting?handler=Schedule",
            [new("Title", "期末座谈会"), new("ClassId", classId), new("Date", "2026-12-01"), new("Time", "15:00"), new("Place", "")]);
        Assert.Contains("这个时间已经过了，请选以后的日子。", browser.LastPage);
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);

        var made = await browser.PostAsync("/console/care/meeting?handler=Schedule",
            [new("Title", "期末座谈会"), new("ClassId", classId), new("Date", "2026-12-18"), new("Time", "15:00"), new("Place", "三楼会议室")]);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var detail = await browser.PageAsync(made.Headers.Location!.OriginalString);
        Assert.Contains("座谈会已安排", detail);
        // The job only hands the invitations to the outbox, which holds them for whoever has not joined or consented:
        // the school is not told that every family was invited, nor shown the queueing time as the time it was sent.
        Assert.DoesNotContain("会给每位家长发邀请", detail);
        Assert.DoesNotContain("邀请发出", detail);
        Assert.Contains("交给发送队列", detail);
        Assert.Contains("请学校另行通知", detail);
        Assert.Contains("王德福", detail); // 王小明's grandfather is invited
        Assert.Contains("未回复", detail);

        var meeting = Assert.Single(await _host.Services.GetRequiredService<IMeetingService>().ListAsync(Actor.Admin));
        Assert.Equal(new DateTimeOffset(2026, 12, 18, 7, 0, 0, TimeSpan.Zero), meeting.At);
        var invitation = (await _host.Services.GetRequiredService<IMeetingService>().GetInvitationsAsync(Actor.Admin, meeting.Id)).First(i => i.PersonName == "王德福");
        var came = await browser.PostAsync("/console/care/meeting?handler=Attendance",
            [new("id", meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("invitationId", invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("attended", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, came.StatusCode);
        var after = await browser.PageAsync(came.Headers.Location!.OriginalString);
        Assert.Contains("到会1人", after);
        Assert.Matches("data-figure=\"meetings\">1 / \\d+ / 0 / 1<", await browser.PageAsync("/console/care"));
    }

    [Fact]
    public async Task A_paired_teacher_who_is_no_head_teacher_is_told_she_may_schedule_only_for_her_own_class()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("wangfang", Password);
        var form = await browser.PageAsync("/console/care/meeting");
        Assert.DoesNotContain("<option value=\"\">全校</option>", form);
        var classId = System.Text.RegularExpressions.Regex.Match(form, "<option value=\"(\\d+)\"").Groups[1].Value;
        await browser.PostAsync("/console/care/meeting?handler=Schedule",
            [new("Title", "结对座谈"), new("ClassId", classId), new("Date", "2026-12-18"), new("Time", "15:00")]);
        Assert.Contains("您只能为自己的班级安排座谈会。", browser.LastPage);
        Assert.Empty(await _host.Services.GetRequiredService<IMeetingService>().ListAsync(Actor.Admin));
    }

    [Fact]
    public async Task The_school_adds_a_tip_is_told_per_field_what_to_fix_and_switches_a_tip_off()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("xiaozhang", Password);
        var list = await browser.PageAsync("/console/care/tips?audience=guardian");
        Assert.Contains("g-homework-01", list);
        Assert.Contains("有用", list);
        await browser.PageAsync("/console/care/tips?add=true&audience=guardian");

        var tooLong = new string('长', 61);
        await browser.PostAsync("/console/care/tips?handler=Save",
            [new("id", "0"), new("Form.Code", "G Sleep"), new("Form.Audience", "guardian"), new("Form.Topic", "sleep"), new("Form.Ages", "6-8"), new("Form.Months", ""),
             new("Form.TextZhCn", tooLong), new("Form.TextZhTw", "晚上九點前讓孩子上床。"), new("Form.TextEn", "Bed by nine."), new("Form.Active", "true"), new("Form.Active", "false")]);
        Assert.Contains("小贴士没有保存", browser.LastPage);
        Assert.Contains("data-field=\"code\"", browser.LastPage);
        Assert.Contains("data-field=\"textZhCn\"", browser.LastPage);
        Assert.Contains(tooLong, browser.LastPage); // what was typed is kept
        Assert.Null((await _host.Services.GetRequiredService<ITipService>().ListAsync()).FirstOrDefault(t => t.Code == "g-sleep-school"));

        var saved = await browser.PostAsync("/console/care/tips?handler=Save",
            [new("id", "0"), new("Form.Code", "g-sleep-school"), new("Form.Audience", "guardian"), new("Form.Topic", "sleep"), new("Form.Ages", "6-8,9-12"), new("Form.Months", ""),
             new("Form.TextZhCn", "晚上九点前让孩子上床，早上就不赖床。"), new("Form.TextZhTw", "晚上九點前讓孩子上床，早上就不賴床。"), new("Form.TextEn", "Bed by nine, and mornings are easy."),
             new("Form.Active", "true"), new("Form.Active", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var tips = h();
        var tip = (await tips.ListAsync()).Single(t => t.Code == "g-sleep-school");
        Assert.True(tip.Active);
        Assert.Contains("g-sleep-school", await browser.PageAsync("/console/care/tips?audience=guardian"));

        await browser.PageAsync($"/console/care/tips?id={tip.Id}");
        await browser.PostAsync("/console/care/tips?handler=Save",
            [new("id", tip.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Form.Code", "g-sleep-school"), new("Form.Audience", "guardian"), new("Form.Topic", "sleep"),
             new("Form.Ages", "6-8,9-12"), new("Form.Months", ""), new("Form.TextZhCn", "晚上九点前让孩子上床。"), new("Form.TextZhTw", "晚上九點前讓孩子上床。"),
             new("Form.TextEn", "Bed by nine."), new("Form.Active", "false")]);
        var edited = (await tips.GetAsync(tip.Id))!;
        Assert.Equal(("晚上九点前让孩子上床。", false), (edited.TextZhCn, edited.Active));

        ITipService h() => _host.Services.GetRequiredService<ITipService>();
    }

    [Fact]
    public async Task Only_the_school_admin_edits_tips()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("wangfang", Password);
        var response = await browser.GetAsync("/console/care/tips");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("id=\"tips\"", await browser.PageAsync("/console/care"));
    }
}
