using System.Net;
using System.Net.Http.Json;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>#20: the term's care work on the console (谈心 coverage, 家访, 座谈会, concerns), its Excel, the county's sums.</summary>
public sealed class CareConsoleTests : IDisposable
{
    private const string Password = "Liangdishu2026";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
    private readonly HostFactory _host;

    public CareConsoleTests()
    {
        _host = new HostFactory { EnvironmentName = "Development", TestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)) };
        _host.Settings["Storage:SeedDemoData"] = "true";
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_school_schedules_a_meeting_by_the_admin_api_and_the_care_page_and_its_excel_show_the_term()
    {
        var admin = _host.CreateAdminClient();
        var ming = (await _host.Services.GetRequiredService<IChildrenService>().GetChildrenAsync(Actor.Admin)).Single(c => c.Name == "王小明");
        var created = await admin.PostAsJsonAsync("/admin/meetings", new { schoolId = ming.SchoolId, classId = ming.ClassId, title = "期末座谈会", at = "2026-12-18T15:00:00+08:00", place = "三楼会议室" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var meeting = (await created.Content.ReadFromJsonAsync<MeetingInfo>())!;
        Assert.True(meeting.Invited > 0);
        var past = await admin.PostAsJsonAsync("/admin/meetings", new { schoolId = ming.SchoolId, title = "座谈会", at = "2026-12-01T15:00:00+08:00" });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);

        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("xiaozhang", Password);
        var page = await browser.PageAsync("/console/care");
        Assert.Contains("关爱工作", page);
        Assert.Contains("id=\"care-teachers\"", page);
        Assert.Contains("期末座谈会", page);
        var excel = await browser.GetAsync("/console/care?handler=Excel");
        var rows = (await MiniExcel.QueryAsync(await excel.Content.ReadAsStreamAsync(), useHeaderRow: true)).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("合计", rows[^1]["老师"]);
        var notices = await browser.PageAsync("/console/care/notices");
        Assert.Contains("王小明 学期通报", notices);
        Assert.DoesNotContain("需要关心", notices);
    }

    [Fact]
    public async Task A_head_teacher_with_no_paired_child_who_records_a_talk_shows_no_coverage_not_a_hundred_percent()
    {
        // Played as 周校长 at 390×844 after 李红梅 recorded 李思雨's weekly talk in the chat: her row read "1 / 0 (100%)"
        // while the 五个一 beside it read "0 / 0 (—)".
        var children = _host.Services.GetRequiredService<IChildrenService>();
        var siyu = (await children.GetChildrenAsync(Actor.Admin)).Single(c => c.Name == "李思雨");
        var head = (await children.GetFamilyAsync(Actor.Admin, siyu.Id))!.HeadTeacher!;
        await _host.Services.GetRequiredService<ICareService>().RecordTalkAsync(Actor.Teacher(head.Id), siyu.Id,
            new WeeklyTalkInput(new DateOnly(2026, 11, 30), TalkMark.Good, TalkMark.Good, TalkMark.Fair, TalkMark.Good, TalkMark.NeedsCare, "最近想妈妈，话少", HeldBack: true));

        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("xiaozhang", Password);
        var page = await browser.PageAsync("/console/care");

        Assert.Contains("<td>1 / 0 (—)</td>", page);
        Assert.DoesNotContain("(100%)", page);
    }

    [Fact]
    public async Task The_county_sees_the_care_sums_but_no_teacher_no_meeting_and_no_childs_notice()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("county", Password);
        var page = await browser.PageAsync("/console/care");
        Assert.Contains("id=\"care-figures\"", page);
        Assert.DoesNotContain("id=\"care-teachers\"", page);
        Assert.DoesNotContain("王芳", page);
        var notices = await browser.GetAsync("/console/care/notices");
        Assert.DoesNotContain("学期通报</h2>", await notices.Content.ReadAsStringAsync());
    }
}
