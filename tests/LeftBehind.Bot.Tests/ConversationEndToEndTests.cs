using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Conversations;

/// <summary>
/// The parent and teacher story through the real protocol: the service on a loopback port with the demo school,
/// two conversations driven by the official botframework-directlinejs client (tests/e2e/conversation.js).
/// </summary>
public sealed class ConversationEndToEndTests : IDisposable
{
    // Development: the demo school is seeded only there.
    private readonly LeftBehindFactory _factory = new() { EnvironmentName = "Development" };
    private readonly string _baseUrl;

    public ConversationEndToEndTests()
    {
        _factory.Settings["Storage:SeedDemoData"] = "true";
        _baseUrl = _factory.StartOnLoopback();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Parent_binds_gets_the_weeks_attendance_asks_the_teacher_and_receives_the_answer_proactively()
    {
        // This morning the head teacher marked 王小明 absent, so this week's answer always has a day to report.
        var services = _factory.Services;
        var children = services.GetRequiredService<IChildrenService>();
        var ming = (await children.GetChildrenAsync(Actor.Admin)).Single(c => c.Name == "王小明");
        var family = (await children.GetFamilyAsync(Actor.Admin, ming.Id))!;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(services.GetRequiredService<TimeProvider>().GetUtcNow(), zone).DateTime);
        await services.GetRequiredService<IAttendanceService>().RecordAsync(Actor.Teacher(family.HeadTeacher!.Id), ming.Id, today, AttendanceStatus.Absent);

        var (code, output) = await NodeScript.RunAsync("conversation.js", _baseUrl);
        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
        var answered = (await services.GetRequiredService<IQuestionService>().ListForChildAsync(Actor.Admin, ming.Id))!.Single(q => q.Text.Contains("缺了一天课", StringComparison.Ordinal));
        Assert.Equal(QuestionStatus.Answered, answered.Status);
        Assert.Equal(family.PairedTeacher!.Id, answered.AnsweredById);
    }

    /// <summary>
    /// The README's pictures: the parent flow in the Web Chat page at 390×844. Set LB_UPDATE_SCREENSHOTS=1 to write
    /// them to docs/screenshots; otherwise they go to the test's temp directory.
    /// </summary>
    [Fact]
    public async Task Web_chat_parent_flow_renders_in_chinese_on_a_phone_sized_screen()
    {
        var output = Environment.GetEnvironmentVariable("LB_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(LeftBehindFactory.RepositoryRoot, "docs", "screenshots")
            : Path.Combine(_factory.DataDirectory, "screenshots");
        var (code, result) = await NodeScript.RunAsync("conversation-screenshots.js", _baseUrl + "/", output);
        Assert.True(code == 0, result);
        foreach (var name in new[] { "parent-1-bind.png", "parent-2-attendance.png", "parent-3-ask-teacher.png", "parent-4-notes.png" })
            Assert.True(new FileInfo(Path.Combine(output, name)).Length > 10_000, name);
    }
}
