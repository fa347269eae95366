using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using LeftBehind.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>
/// Issue 19: the school admin's staff page (list, create, new password, unlock, deactivate) and the authenticator
/// (TOTP) an administrator may add to their sign-in, through HTTP as a browser uses them, on the demo school.
/// </summary>
public sealed partial class StaffManagementTests : IDisposable
{
    private const string Password = "Liangdishu2026";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
    private readonly HostFactory _host;

    public StaffManagementTests()
    {
        _host = new HostFactory { EnvironmentName = "Development", TestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)) };
        _host.Settings["Storage:SeedDemoData"] = "true";
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public void The_test_authenticator_matches_the_rfc_6238_example()
    {
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082, of which an app shows the last six digits.
        Assert.Equal("287082", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));
    }

    [Fact]
    public async Task The_school_admin_lists_the_schools_staff_and_a_new_paired_teacher_signs_in_to_see_her_children()
    {
        var admin = new ConsoleBrowser(_host);
        await admin.SignInAsync("xiaozhang", Password);
        var list = await admin.PageAsync("/console/staff");

        var created = await admin.PostAsync("/console/staff?handler=Create",
            [new("name", "陈伟"), new("login", "chenwei"), new("role", "PairedTeacher"), new("password", "chenwei-2026-ok")]);
        var after = await admin.PageAsync(created.Headers.Location!.OriginalString);

        Assert.Contains("lihongmei", list);
        Assert.Contains("wangfang", list);
        Assert.DoesNotContain("county", list);
        Assert.Contains("账号已建立", after);
        Assert.Contains("data-login=\"chenwei\"", after);
        var teacher = new ConsoleBrowser(_host);
        await teacher.SignInAsync("chenwei", "chenwei-2026-ok");
        var families = await teacher.PageAsync("/console/families");
        Assert.Contains("孙磊", families);
        Assert.DoesNotContain("王小明", families);
    }

    [Fact]
    public async Task A_new_account_with_a_weak_password_is_refused_on_the_page_with_the_reason_and_the_typed_name_kept()
    {
        var admin = new ConsoleBrowser(_host);
        await admin.SignInAsync("xiaozhang", Password);
        await admin.PageAsync("/console/staff");

        var refused = await admin.PostAsync("/console/staff?handler=Create",
            [new("name", "陈伟"), new("login", "chenwei"), new("role", "HeadTeacher"), new("password", "short1")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("至少要 10 位", admin.LastPage);
        Assert.Contains("value=\"陈伟\"", admin.LastPage);
        Assert.Equal(HttpStatusCode.Unauthorized, (await new ConsoleBrowser(_host).SignInAsync("chenwei", "short1")).StatusCode);
    }

    [Fact]
    public async Task The_admin_unlocks_a_locked_teacher_who_can_then_sign_in_at_once()
    {
        var teacher = new ConsoleBrowser(_host);
        for (var i = 0; i < 5; i++) await teacher.SignInAsync("lihongmei", "wrong-password-" + i);
        Assert.Equal(HttpStatusCode.Unauthorized, (await teacher.SignInAsync("lihongmei", Password)).StatusCode);
        var admin = new ConsoleBrowser(_host);
        await admin.SignInAsync("xiaozhang", Password);
        var list = await admin.PageAsync("/console/staff");
        Assert.Contains("已锁定", Card(list, "lihongmei"));

        var unlocked = await admin.PostAsync("/console/staff?handler=Unlock", [new("id", IdOf(list, "lihongmei"))]);

        Assert.Contains("done=unlocked", unlocked.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await teacher.SignInAsync("lihongmei", Password)).StatusCode);
    }

    [Fact]
    public async Task A_new_password_set_by_the_admin_replaces_the_old_one_and_must_follow_the_rules()
    {
        var admin = new ConsoleBrowser(_host);
        await admin.SignInAsync("xiaozhang", Password);
        var list = await admin.PageAsync("/console/staff");
        var id = IdOf(list, "wangfang");

        var weak = await admin.PostAsync("/console/staff?handler=Reset", [new("id", id), new("password", "abcdefghijkl")]);
        var weakPage = admin.LastPage!;
        await admin.PageAsync("/console/staff");
        var reset = await admin.PostAsync("/console/staff?handler=Reset", [new("id", id), new("password", "wangfang-new-2026")]);

        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("数字", weakPage);
        Assert.Contains("done=reset", reset.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await new ConsoleBrowser(_host).SignInAsync("wangfang", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await new ConsoleBrowser(_host).SignInAsync("wangfang", "wangfang-new-2026")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_teacher_cannot_sign_in_and_her_open_session_ends_within_minutes()
    {
        var teacher = new ConsoleBrowser(_host);
        await teacher.SignInAsync("wangfang", Password);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/console/families")).StatusCode);
        var admin = new ConsoleBrowser(_host);
        await admin.SignInAsync("xiaozhang", Password);
        var list = await admin.PageAsync("/console/staff");

        var deactivated = await admin.PostAsync("/console/staff?handler=Deactivate", [new("id", IdOf(list, "wangfang"))]);
        _time.Advance(TimeSpan.FromMinutes(2));
        var openSession = await teacher.GetAsync("/console/families");

        Assert.Contains("done=deactivated", deactivated.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, openSession.StatusCode);
        Assert.StartsWith("/console/signin", openSession.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, (await new ConsoleBrowser(_host).SignInAsync("wangfang", Password)).StatusCode);
        Assert.Contains("已停用", Card(await admin.PageAsync("/console/staff"), "wangfang"));
    }

    [Fact]
    public async Task A_deactivated_teacher_is_told_her_account_is_switched_off_and_to_ask_the_school_admin_never_to_wait_15_minutes()
    {
        var admin = new ConsoleBrowser(_host);
        await admin.SignInAsync("xiaozhang", Password);
        var list = await admin.PageAsync("/console/staff");
        await admin.PostAsync("/console/staff?handler=Deactivate", [new("id", IdOf(list, "wangfang"))]);

        var teacher = new ConsoleBrowser(_host);
        var refused = await teacher.SignInAsync("wangfang", Password);
        var page = teacher.LastPage!;
        await teacher.GetAsync("/console/signin?culture=en");
        await teacher.PostAsync("/console/signin?culture=en", [new("login", "wangfang"), new("password", Password)]);
        var english = teacher.LastPage!;
        // A stranger who does not know her password learns nothing about the account.
        var stranger = new ConsoleBrowser(_host);
        await stranger.SignInAsync("wangfang", "not-her-password");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("这个账号已停用，不能登录。如需继续使用，请联系学校管理员。", page);
        Assert.DoesNotContain("锁定", page);
        Assert.DoesNotContain("分钟", page);
        Assert.Contains("This account has been deactivated and cannot sign in. To use it again, please contact your school's administrator.", WebUtility.HtmlDecode(english));
        Assert.Contains("登录名或密码不对，请再试一次。", stranger.LastPage!);
        Assert.DoesNotContain("停用", stranger.LastPage!);
    }

    [Fact]
    public async Task A_deactivated_school_admin_is_told_to_contact_the_county_and_a_real_lockout_keeps_its_minutes()
    {
        Assert.Equal(HttpStatusCode.Created, (await _host.CreateAdminClient().PostAsJsonAsync("/admin/staff", new { school = "阳光县希望小学", name = "副校长", role = "SchoolAdmin", login = "fuxiaozhang", password = "fuxiaozhang-2026" })).StatusCode);
        var admin = new ConsoleBrowser(_host);
        await admin.SignInAsync("xiaozhang", Password);
        var list = await admin.PageAsync("/console/staff");
        await admin.PostAsync("/console/staff?handler=Deactivate", [new("id", IdOf(list, "fuxiaozhang"))]);
        var locked = new ConsoleBrowser(_host);
        for (var i = 0; i < 5; i++) await locked.SignInAsync("lihongmei", "wrong-password-" + i);

        var deputy = new ConsoleBrowser(_host);
        await deputy.SignInAsync("fuxiaozhang", "fuxiaozhang-2026");
        await locked.SignInAsync("lihongmei", Password);

        Assert.Contains("这个账号已停用，不能登录。如需继续使用，请联系县教育局。", deputy.LastPage!);
        Assert.Contains("账号已锁定 15 分钟。请稍后再试，或请学校管理员解锁。", locked.LastPage!);
        Assert.DoesNotContain("停用", locked.LastPage!);
    }

    [Fact]
    public async Task The_admin_cannot_deactivate_their_own_account()
    {
        var admin = new ConsoleBrowser(_host);
        await admin.SignInAsync("xiaozhang", Password);
        var list = await admin.PageAsync("/console/staff");

        var self = await admin.PostAsync("/console/staff?handler=Deactivate", [new("id", IdOf(list, "xiaozhang"))]);

        Assert.Contains("done=gone", self.Headers.Location!.OriginalString);
        Assert.DoesNotContain("handler=Deactivate", Card(list, "xiaozhang"));
        Assert.Equal(HttpStatusCode.Redirect, (await new ConsoleBrowser(_host).SignInAsync("xiaozhang", Password)).StatusCode);
    }

    [Fact]
    public async Task Teachers_and_the_county_cannot_open_the_staff_page()
    {
        foreach (var login in new[] { "lihongmei", "wangfang", "county" })
        {
            var browser = new ConsoleBrowser(_host);
            await browser.SignInAsync(login, Password);
            var page = await browser.GetAsync("/console/staff");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/console/denied", page.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task A_second_schools_admin_sees_none_of_the_first_schools_staff_and_cannot_change_them()
    {
        var api = _host.CreateAdminClient();
        var roster = "学校,班级,学号,学生姓名,性别,出生日期,留守类型,监护人姓名,监护人关系,监护人电话,父亲姓名,父亲电话,父亲务工地,母亲姓名,母亲电话,母亲务工地,班主任,帮扶教师\r\n" +
                     "山河镇中心小学,一年级(1)班,S1001,石小溪,女,2019-05-01,双亲外出,石奶奶,祖父母,13900000101,石大川,13900000102,广东深圳,林月,13900000103,广东深圳,何老师,\r\n";
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/admin/roster", new StringContent(roster, Encoding.UTF8, "text/csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/admin/staff", new { school = "山河镇中心小学", name = "山河管理员", role = "SchoolAdmin", login = "shanhe", password = "shanhe-admin-2026" })).StatusCode);
        var first = new ConsoleBrowser(_host);
        await first.SignInAsync("xiaozhang", Password);
        var wangfang = IdOf(await first.PageAsync("/console/staff"), "wangfang");

        var other = new ConsoleBrowser(_host);
        await other.SignInAsync("shanhe", "shanhe-admin-2026");
        var list = await other.PageAsync("/console/staff");
        var reset = await other.PostAsync("/console/staff?handler=Reset", [new("id", wangfang), new("password", "taken-over-2026")]);
        await other.PageAsync("/console/staff");
        var deactivate = await other.PostAsync("/console/staff?handler=Deactivate", [new("id", wangfang)]);

        Assert.Contains("shanhe", list);
        Assert.DoesNotContain("wangfang", list);
        Assert.DoesNotContain("xiaozhang", list);
        Assert.Contains("done=gone", reset.Headers.Location!.OriginalString);
        Assert.Contains("done=gone", deactivate.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await new ConsoleBrowser(_host).SignInAsync("wangfang", Password)).StatusCode);
    }

    [Fact]
    public async Task An_admin_turns_on_the_authenticator_and_then_signs_in_with_the_password_and_a_six_digit_code()
    {
        var admin = new ConsoleBrowser(_host);
        await admin.SignInAsync("xiaozhang", Password);
        await admin.PageAsync("/console/account");
        await admin.PostAsync("/console/account?handler=Setup", []);
        var setup = admin.LastPage!;
        var key = AuthenticatorKey().Match(setup).Groups[1].Value;
        Assert.Contains("data:image/png;base64,", setup);

        var wrong = await admin.PostAsync("/console/account?handler=Enable", [new("code", WrongCode(key))]);
        Assert.Contains("验证码不对", admin.LastPage);
        var enabled = await admin.PostAsync("/console/account?handler=Enable", [new("code", Totp.Now(key))]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("done=on", enabled.Headers.Location!.OriginalString);

        var next = new ConsoleBrowser(_host);
        var password = await next.SignInAsync("xiaozhang", Password);
        Assert.StartsWith("/console/signin/code", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await next.GetAsync("/console/families")).StatusCode);
        await next.PageAsync(password.Headers.Location!.OriginalString);
        var badCode = await next.PostAsync("/console/signin/code", [new("code", WrongCode(key))]);
        Assert.Equal(HttpStatusCode.Unauthorized, badCode.StatusCode);
        var goodCode = await next.PostAsync("/console/signin/code", [new("code", Totp.Now(key))]);

        Assert.Equal("/console", goodCode.Headers.Location!.OriginalString);
        Assert.Contains("王小明", await next.PageAsync("/console/families"));
    }

    [Fact]
    public async Task The_code_page_without_a_right_password_first_sends_the_user_back_to_sign_in()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.GetAsync("/console/signin");

        var page = await browser.GetAsync("/console/signin/code");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/console/signin", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/console/families")).StatusCode);
    }

    [Fact]
    public async Task An_admin_who_lost_the_phone_gets_a_new_password_from_another_admin_which_also_switches_the_authenticator_off()
    {
        var admin = new ConsoleBrowser(_host);
        await admin.SignInAsync("xiaozhang", Password);
        await admin.PageAsync("/console/account");
        await admin.PostAsync("/console/account?handler=Setup", []);
        var key = AuthenticatorKey().Match(admin.LastPage!).Groups[1].Value;
        await admin.PostAsync("/console/account?handler=Enable", [new("code", Totp.Now(key))]);
        // A second administrator of the same school resets the first one's password.
        Assert.Equal(HttpStatusCode.Created, (await _host.CreateAdminClient().PostAsJsonAsync("/admin/staff", new { school = "阳光县希望小学", name = "副校长", role = "SchoolAdmin", login = "fuxiaozhang", password = "fuxiaozhang-2026" })).StatusCode);
        var deputy = new ConsoleBrowser(_host);
        await deputy.SignInAsync("fuxiaozhang", "fuxiaozhang-2026");
        var list = await deputy.PageAsync("/console/staff");
        Assert.Contains("已开启动态验证码", Card(list, "xiaozhang"));

        await deputy.PostAsync("/console/staff?handler=Reset", [new("id", IdOf(list, "xiaozhang")), new("password", "xiaozhang-new-2026")]);

        var signIn = await new ConsoleBrowser(_host).SignInAsync("xiaozhang", "xiaozhang-new-2026");
        Assert.Equal("/console", signIn.Headers.Location!.OriginalString);
    }

    private static string WrongCode(string key) => ((int.Parse(Totp.Now(key), System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The card of one account on the staff page.</summary>
    private static string Card(string page, string login)
    {
        var start = page.IndexOf($"data-login=\"{login}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, login + " is not on the page");
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    private static string IdOf(string page, string login) => HiddenId().Match(Card(page, login)).Groups[1].Value;

    [GeneratedRegex("name=\"id\" value=\"(\\d+)\"")]
    private static partial Regex HiddenId();

    [GeneratedRegex("id=\"authenticator-key\">([A-Z2-7]+)<")]
    private static partial Regex AuthenticatorKey();
}
