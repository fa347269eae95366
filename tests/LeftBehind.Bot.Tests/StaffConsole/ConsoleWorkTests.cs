using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>
/// Issue 19: the teachers' daily pages — today's attendance grid with quick marks, the emergencies with their timeline
/// and resolve — through HTTP as a browser uses them, the real attendance and emergency services and the real outbox;
/// a paired teacher sees only her children and a second school sees nothing.
/// </summary>
public sealed partial class ConsoleWorkTests : IDisposable
{
    private const string Password = "Liangdishu2026";
    private static readonly DateOnly Today = new(2026, 12, 7);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
    private readonly HostFactory _host;

    public ConsoleWorkTests()
    {
        _host = new HostFactory { EnvironmentName = "Development", TestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)) };
        _host.Settings["Storage:SeedDemoData"] = "true";
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_head_teacher_marks_one_child_absent_then_everyone_else_present_in_two_taps()
    {
        var teacher = new ConsoleBrowser(_host);
        await teacher.SignInAsync("lihongmei", Password);
        var grid = await teacher.PageAsync("/console/attendance");
        var ming = await ChildIdAsync("王小明");
        var classId = Regex.Match(grid, "name=\"classId\" value=\"(\\d+)\"").Groups[1].Value;

        var marked = await teacher.PostAsync("/console/attendance?handler=Mark", [new("classId", classId), new("childId", ming.ToString()), new("status", "Absent")]);
        await teacher.PageAsync(marked.Headers.Location!.OriginalString);
        var all = await teacher.PostAsync("/console/attendance?handler=AllPresent", [new("classId", classId)]);
        var after = await teacher.PageAsync(all.Headers.Location!.OriginalString);

        Assert.Contains("done=marked", marked.Headers.Location!.OriginalString);
        Assert.Contains("data-child=\"2023001\" data-status=\"Absent\"", after);
        Assert.Contains("data-child=\"2023003\" data-status=\"Present\"", after);
        Assert.Contains("未记 0", after);
        var attendance = _host.Services.GetRequiredService<IAttendanceService>();
        Assert.Equal(AttendanceStatus.Absent, Assert.Single((await attendance.GetAsync(Actor.Admin, ming, Today, Today))!.Days).Status);
        Assert.Equal(AttendanceStatus.Present, Assert.Single((await attendance.GetAsync(Actor.Admin, await ChildIdAsync("李思雨"), Today, Today))!.Days).Status);
    }

    /// <summary>
    /// Found by earlier play sessions: the chat counted a child who came late among those at school (已记录：…全到，共6人。
    /// 迟到1人) while the console's summary counted him apart (到校 5 · 迟到 1). Late is there, in both.
    /// </summary>
    [Fact]
    public async Task The_summary_counts_a_late_child_among_those_at_school_as_the_chat_does()
    {
        var teacher = new ConsoleBrowser(_host);
        await teacher.SignInAsync("lihongmei", Password);
        var grid = await teacher.PageAsync("/console/attendance");
        var classId = Regex.Match(grid, "name=\"classId\" value=\"(\\d+)\"").Groups[1].Value;
        var marked = await teacher.PostAsync("/console/attendance?handler=Mark", [new("classId", classId), new("childId", (await ChildIdAsync("王小明")).ToString()), new("status", "Late")]);
        await teacher.PageAsync(marked.Headers.Location!.OriginalString);
        var all = await teacher.PostAsync("/console/attendance?handler=AllPresent", [new("classId", classId)]);
        var after = await teacher.PageAsync(all.Headers.Location!.OriginalString);

        var children = Regex.Matches(after, "class=\"att-row\"").Count;
        Assert.Contains($"到校 {children}（其中迟到 1）", after);
    }

    [Fact]
    public async Task A_paired_teacher_sees_only_her_children_in_the_grid_and_cannot_mark_another_child()
    {
        var teacher = new ConsoleBrowser(_host);
        await teacher.SignInAsync("wangfang", Password);
        var grid = await teacher.PageAsync("/console/attendance");
        var other = await ChildIdAsync("李思雨");

        var refused = await teacher.PostAsync("/console/attendance?handler=Mark", [new("classId", "0"), new("childId", other.ToString()), new("status", "Absent")]);

        Assert.Contains("王小明", grid);
        Assert.DoesNotContain("李思雨", grid);
        Assert.DoesNotContain("黄俊杰", grid);
        Assert.Contains("done=refused", refused.Headers.Location!.OriginalString);
        Assert.Empty((await _host.Services.GetRequiredService<IAttendanceService>().GetAsync(Actor.Admin, other, Today, Today))!.Days);
    }

    [Fact]
    public async Task A_paired_teacher_resolves_an_emergency_from_the_console_and_everyone_else_on_it_is_told_through_the_outbox()
    {
        var ming = await ChildIdAsync("王小明");
        // The father has joined on the Web Chat page, so he can be told (people not yet joined cannot be reached).
        const string reference = """{"channelId":"directline","serviceUrl":"http://127.0.0.1/","conversation":{"id":"c7"},"user":{"id":"dad"}}""";
        Assert.Equal(RedeemOutcome.Bound, (await _host.Services.GetRequiredService<IBindingService>().RedeemAsync("BABA23", "directline", "dad", reference, "conv:c7")).Outcome);
        var emergencies = _host.Services.GetRequiredService<IEmergencyService>();
        var raised = await emergencies.RaiseAsync(Actor.Admin, ming, "小明放学没有回家");
        var notHers = await emergencies.RaiseAsync(Actor.Admin, await ChildIdAsync("李思雨"), "思雨发烧送医院");
        var teacher = new ConsoleBrowser(_host);
        await teacher.SignInAsync("wangfang", Password);
        var page = await teacher.PageAsync("/console/emergencies");

        var resolved = await teacher.PostAsync("/console/emergencies?handler=Resolve", [new("emergencyId", raised.Id.ToString()), new("note", "找到了，在同学家，平安")]);
        var after = await teacher.PageAsync(resolved.Headers.Location!.OriginalString);

        Assert.Contains("小明放学没有回家", page);
        Assert.DoesNotContain("思雨发烧送医院", page);
        Assert.Contains("done=resolved", resolved.Headers.Location!.OriginalString);
        Assert.Contains("已解除。会在聊天里收到通知：王建军。", after);
        Assert.Contains("找到了，在同学家，平安", after);
        Assert.NotNull((await emergencies.GetAsync(Actor.Admin, raised.Id))!.ResolvedAt);
        Assert.Null((await emergencies.GetAsync(Actor.Admin, notHers.Id))!.ResolvedAt);
        // The chat's own notice and send key, to the others on it who can be reached — never to the teacher who closed it.
        var outbox = await _host.Services.GetRequiredService<LeftBehind.Scheduler.Outbox.IOutbox>().ListAsync(null, 1, 500);
        var told = outbox.Items.Where(e => e.Key.Contains($"emergency-resolved:{raised.Id}:", StringComparison.Ordinal)).Select(e => e.RecipientId).ToList();
        Assert.Contains(raised.Recipients.Single(r => r.Role == "father").PersonId, told);
        Assert.DoesNotContain(raised.Recipients.Single(r => r.Role == "paired_teacher").PersonId, told);
        Assert.Equal(told.Distinct().Count(), told.Count);
    }

    [Fact]
    public async Task An_emergency_an_english_speaking_teacher_raised_as_the_child_is_missing_reads_孩子找不到了_on_the_chinese_console_with_her_words_kept()
    {
        var emergencies = _host.Services.GetRequiredService<IEmergencyService>();
        await emergencies.RaiseAsync(Actor.Admin, await ChildIdAsync("王小明"), "The child is missing", EmergencyKind.Missing);
        var teacher = new ConsoleBrowser(_host);
        await teacher.SignInAsync("lihongmei", Password);

        var page = await teacher.PageAsync("/console/emergencies");

        Assert.Contains("<strong>孩子找不到了</strong>", page);
        Assert.Contains("data-kind=\"Missing\"", page);
        Assert.Contains("<blockquote>The child is missing</blockquote>", page);
    }

    [Fact]
    public async Task The_emergency_page_names_who_cannot_be_reached_instead_of_saying_they_were_reminded()
    {
        // Played as 李红梅 at 390×844: 刘阳's parents have neither a chat nor a usable phone, every alert to them waited in
        // the outbox for them to join, and the page read "刘海 父亲 未确认（已提醒 4 次）" — she would not phone them.
        var liu = await ChildIdAsync("刘阳");
        const string reference = """{"channelId":"directline","serviceUrl":"http://127.0.0.1/","conversation":{"id":"c9"},"user":{"id":"wang"}}""";
        Assert.Equal(RedeemOutcome.Bound, (await _host.Services.GetRequiredService<IBindingService>().RedeemAsync("BFJS56", "directline", "wang", reference, "conv:c9")).Outcome);
        var emergencies = _host.Services.GetRequiredService<IEmergencyService>();
        var raised = await emergencies.RaiseAsync(Actor.Admin, liu, "刘阳放学后一直没回家");
        foreach (var r in raised.Recipients) await emergencies.RecordAlertAsync(raised.Id, r.PersonId);
        var teacher = new ConsoleBrowser(_host);
        await teacher.SignInAsync("lihongmei", Password);

        var page = await teacher.PageAsync("/console/emergencies");

        string Row(string name) => Regex.Match(page, "<li>" + name + " <span class=\"role\">.*?</li>", RegexOptions.Singleline).Value;
        Assert.Contains("联系不上", Row("刘海"));
        Assert.DoesNotContain("已提醒", Row("刘海"));
        Assert.Contains("联系不上", Row("周芳"));
        Assert.Contains("已提醒 1 次", Row("王芳"));
    }

    [Fact]
    public async Task The_school_admin_sees_the_timeline_but_leaves_resolving_to_the_teachers_and_guardian_on_it()
    {
        var ming = await ChildIdAsync("王小明");
        var emergencies = _host.Services.GetRequiredService<IEmergencyService>();
        var raised = await emergencies.RaiseAsync(Actor.Admin, ming, "小明放学没有回家");
        var admin = new ConsoleBrowser(_host);
        await admin.SignInAsync("xiaozhang", Password);
        var page = await admin.PageAsync("/console/emergencies");

        var refused = await admin.PostAsync("/console/emergencies?handler=Resolve", [new("emergencyId", raised.Id.ToString()), new("note", "好了")]);

        Assert.Contains("小明放学没有回家", page);
        Assert.DoesNotContain("handler=Resolve", page);
        Assert.Contains("done=refused", refused.Headers.Location!.OriginalString);
        Assert.Null((await emergencies.GetAsync(Actor.Admin, raised.Id))!.ResolvedAt);
    }

    [Fact]
    public async Task A_second_schools_admin_sees_no_emergency_and_no_attendance_of_the_first_school()
    {
        var ming = await ChildIdAsync("王小明");
        await _host.Services.GetRequiredService<IEmergencyService>().RaiseAsync(Actor.Admin, ming, "小明放学没有回家");
        var api = _host.CreateAdminClient();
        var roster = "学校,班级,学号,学生姓名,性别,出生日期,留守类型,监护人姓名,监护人关系,监护人电话,父亲姓名,父亲电话,父亲务工地,母亲姓名,母亲电话,母亲务工地,班主任,帮扶教师\r\n" +
                     "山河镇中心小学,一年级(1)班,S1001,石小溪,女,2019-05-01,双亲外出,石奶奶,祖父母,13900000101,石大川,13900000102,广东深圳,林月,13900000103,广东深圳,何老师,\r\n";
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/admin/roster", new StringContent(roster, Encoding.UTF8, "text/csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/admin/staff", new { school = "山河镇中心小学", name = "山河管理员", role = "SchoolAdmin", login = "shanhe", password = "shanhe-admin-2026" })).StatusCode);
        var other = new ConsoleBrowser(_host);
        await other.SignInAsync("shanhe", "shanhe-admin-2026");

        var emergencies = await other.PageAsync("/console/emergencies");
        var grid = await other.PageAsync("/console/attendance");
        var mark = await other.PostAsync("/console/attendance?handler=Mark", [new("classId", "0"), new("childId", ming.ToString()), new("status", "Absent")]);

        Assert.DoesNotContain("小明放学没有回家", emergencies);
        Assert.Contains("石小溪", grid);
        Assert.DoesNotContain("王小明", grid);
        Assert.Contains("done=refused", mark.Headers.Location!.OriginalString);
        Assert.Empty((await _host.Services.GetRequiredService<IAttendanceService>().GetAsync(Actor.Admin, ming, Today, Today))!.Days);
    }

    [Fact]
    public async Task A_paired_teacher_writes_a_note_for_her_child_the_parents_can_read_and_cannot_write_for_another_child()
    {
        var ming = await ChildIdAsync("王小明");
        var other = await ChildIdAsync("李思雨");
        var teacher = new ConsoleBrowser(_host);
        await teacher.SignInAsync("wangfang", Password);
        var page = await teacher.PageAsync($"/console/notes?childId={ming}");

        var saved = await teacher.PostAsync("/console/notes?handler=Write",
            [new("childId", ming.ToString()), new("category", "Emotion"), new("visibility", "Parents"), new("text", "<b>今天</b>主动帮同学，情绪不错。")]);
        var after = await teacher.PageAsync(saved.Headers.Location!.OriginalString);
        await teacher.PageAsync($"/console/notes?childId={ming}");
        var refused = await teacher.PostAsync("/console/notes?handler=Write",
            [new("childId", other.ToString()), new("category", "Study"), new("visibility", "StaffOnly"), new("text", "不该写进去")]);

        Assert.DoesNotContain("李思雨", page);
        Assert.Contains("done=saved", saved.Headers.Location!.OriginalString);
        // What a teacher writes is shown as text, never as markup.
        Assert.Contains("&lt;b&gt;今天&lt;/b&gt;主动帮同学", after);
        Assert.Contains("done=refused", refused.Headers.Location!.OriginalString);
        var notes = _host.Services.GetRequiredService<INoteService>();
        Assert.Contains((await notes.GetAsync(Actor.Admin, ming, NoteCategory.Emotion, 0, 10))!.Items, n => n.Text.Contains("主动帮同学", StringComparison.Ordinal) && n.Visibility == NoteVisibility.Parents);
        Assert.DoesNotContain((await notes.GetAsync(Actor.Admin, other, null, 0, 50))!.Items, n => n.Text == "不该写进去");
    }

    [Fact]
    public async Task A_note_the_school_admin_writes_in_the_console_names_her_as_its_author()
    {
        // Found playing the school admin: her note showed its author as 「—」 (she has no roster person, only a console account).
        var ming = await ChildIdAsync("王小明");
        var admin = new ConsoleBrowser(_host);
        await admin.SignInAsync("xiaozhang", Password);
        await admin.PageAsync($"/console/notes?childId={ming}");

        var saved = await admin.PostAsync("/console/notes?handler=Write",
            [new("childId", ming.ToString()), new("category", "Safety"), new("visibility", "StaffOnly"), new("text", "周五放学由爷爷接，已和班主任说好。")]);
        var after = await admin.PageAsync(saved.Headers.Location!.OriginalString);

        Assert.Contains("done=saved", saved.Headers.Location!.OriginalString);
        var card = NoteCard().Matches(after).Select(m => m.Value).Single(c => c.Contains("周五放学由爷爷接", StringComparison.Ordinal));
        Assert.Contains("· 周校长 ·", card);
        Assert.DoesNotContain("—", card);
        var note = (await _host.Services.GetRequiredService<INoteService>().GetAsync(Actor.Admin, ming, NoteCategory.Safety, 0, 10))!.Items
            .Single(n => n.Text.StartsWith("周五放学", StringComparison.Ordinal));
        Assert.Null(note.Author);
        Assert.Equal("周校长", note.StaffAuthor);
    }

    [GeneratedRegex("<section class=\"card note\"[\\s\\S]*?</section>")]
    private static partial Regex NoteCard();

    private async Task<int> ChildIdAsync(string name) =>
        (await _host.Services.GetRequiredService<IChildrenService>().GetChildrenAsync(Actor.Admin)).First(c => c.Name == name).Id;
}
