using LeftBehind.Tests.Infrastructure;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// Issue 13, history that stays, end to end: the service on a loopback port with the demo school, its real outbox and
/// built-in Direct Line; the father on the Web Chat page in headless Chromium, the teacher on the official
/// botframework-directlinejs client (tests/e2e/webchat-resume.js). No recording double.
/// </summary>
public sealed class WebChatResumeEndToEndTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new() { EnvironmentName = "Development" };
    private readonly string _baseUrl;

    public WebChatResumeEndToEndTests()
    {
        _factory.Settings["Storage:SeedDemoData"] = "true";
        _baseUrl = _factory.StartOnLoopback();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Web_chat_page_reopened_resumes_its_conversation_with_the_earlier_answers_and_the_teachers_answer_that_came_while_away()
    {
        var (code, output) = await NodeScript.RunAsync("webchat-resume.js", _baseUrl + "/");
        Assert.True(code == 0, output);
        Assert.Contains("\"sameConversation\":true", output);
    }
}
