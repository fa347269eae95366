using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LeftBehind.Archive.Demo;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Archive;

/// <summary>The admin API over HTTP, on the real host with its temp SQLite file.</summary>
public sealed class ArchiveAdminEndpointTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Roster_upload_as_multipart_then_raw_gb18030_body_updates_without_duplicates()
    {
        var client = _factory.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(RosterFiles.Xlsx());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "名单.xlsx");
        var first = await client.PostAsync("/admin/roster", form);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(12, body.GetProperty("imported").GetInt32());
        Assert.Equal(0, body.GetProperty("errors").GetArrayLength());

        var raw = new ByteArrayContent(RosterFiles.Gb18030(RosterFiles.Csv()));
        raw.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var second = await client.PostAsync("/admin/roster", raw);
        var again = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(0, again.GetProperty("imported").GetInt32());
        Assert.Equal(12, again.GetProperty("updated").GetInt32());
    }

    [Fact]
    public async Task Bad_rows_get_422_with_row_column_and_message_and_a_dry_run_writes_nothing()
    {
        var client = _factory.CreateClient();
        var rows = new[] { DemoData.Roster[0], RosterFiles.With(DemoData.Roster[1], "性别", "未知") };
        var bad = await client.PostAsync("/admin/roster", new StringContent(RosterFiles.Csv(rows), System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var error = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("性别", error.GetProperty("column").GetString());
        Assert.Contains("男", error.GetProperty("message").GetString());

        var dry = await client.PostAsync("/admin/roster?dryRun=true", new StringContent(RosterFiles.Csv(), System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.True((await dry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dryRun").GetBoolean());
        var children = await _factory.Services.GetRequiredService<IChildrenService>().GetChildrenAsync(Actor.Admin);
        Assert.Empty(children);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%PDF-1.4\u0001\u0002 binary")]
    [InlineData("name,age\nTom,9\n")]
    public async Task Unusable_uploads_get_400_with_a_Chinese_message(string content)
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsync("/admin/roster", new StringContent(content, System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
    }

    [Fact]
    public async Task Invites_attendance_notes_export_and_erasure_over_http()
    {
        var client = _factory.CreateClient();
        await client.PostAsync("/admin/roster", new StringContent(RosterFiles.Csv(), System.Text.Encoding.UTF8, "text/csv"));

        var invite = await client.PostAsJsonAsync("/admin/invites", new { school = DemoData.SchoolName, studentNumber = "2023001", role = "mother" });
        Assert.Equal(HttpStatusCode.OK, invite.StatusCode);
        var code = (await invite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var teacher = await client.PostAsJsonAsync("/admin/invites", new { school = DemoData.SchoolName, teacher = "张建国", role = "teacher" });
        Assert.Equal(HttpStatusCode.OK, teacher.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/admin/invites", new { school = DemoData.SchoolName, studentNumber = "000", role = "father" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/admin/invites", new { school = DemoData.SchoolName, studentNumber = "2023001", role = "boss" })).StatusCode);

        var bound = await _factory.Services.GetRequiredService<IBindingService>().RedeemAsync(code, "directline", "mum", "{}", "t");
        Assert.Equal(RedeemOutcome.Bound, bound.Outcome);

        var attendance = await client.PostAsJsonAsync("/admin/attendance", new[]
        {
            new { school = DemoData.SchoolName, studentNumber = "2023001", date = "2026-11-02", status = "absent", reason = (string?)"发烧" },
            new { school = DemoData.SchoolName, studentNumber = "2023002", date = "2026-11-02", status = "迟到", reason = (string?)null },
        });
        Assert.Equal(HttpStatusCode.OK, attendance.StatusCode);
        var badAttendance = await client.PostAsJsonAsync("/admin/attendance", new[] { new { school = DemoData.SchoolName, studentNumber = "2023001", date = "2026-13-40", status = "gone" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badAttendance.StatusCode);
        Assert.Equal(2, (await badAttendance.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetArrayLength());

        var notes = await client.PostAsJsonAsync("/admin/notes", new[] { new { school = DemoData.SchoolName, studentNumber = "2023001", category = "学习", text = "作文写得好", author = "李红梅" } });
        Assert.Equal(HttpStatusCode.OK, notes.StatusCode);
        var report = await _factory.Services.GetRequiredService<IAttendanceService>().GetAsync(bound.Person!.Actor, (await _factory.Services.GetRequiredService<IChildrenService>().GetChildrenAsync(bound.Person.Actor))[0].Id, new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 2));
        Assert.Equal("发烧", report!.Days.Single().Reason);

        var childId = report.ChildId;
        var export = await client.GetFromJsonAsync<JsonElement>($"/admin/children/{childId}/export");
        Assert.Equal("王小明", export.GetProperty("child").GetProperty("name").GetString());
        Assert.Equal("作文写得好", export.GetProperty("notes")[0].GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/admin/children/{childId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/children/{childId}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/admin/children/{childId}/erase", null)).StatusCode);
    }

    [Fact]
    public async Task The_demo_school_is_seeded_on_an_empty_database_when_asked()
    {
        using var demo = new LeftBehindFactory();
        demo.Settings["Storage:SeedDemoData"] = "true";
        _ = demo.CreateClient();
        var info = demo.Services.GetRequiredService<IDemoInfo>();
        Assert.True(info.Enabled);
        Assert.Equal(6, info.Codes.Count);
        var children = await demo.Services.GetRequiredService<IChildrenService>().GetChildrenAsync(Actor.Admin);
        Assert.Equal(12, children.Count);
        var bound = await demo.Services.GetRequiredService<IBindingService>().RedeemAsync("BABA23", "directline", "dad", "{}", "t");
        Assert.Equal(RedeemOutcome.Bound, bound.Outcome);
        Assert.False(_factory.Services.GetRequiredService<IDemoInfo>().Enabled);
    }
}
