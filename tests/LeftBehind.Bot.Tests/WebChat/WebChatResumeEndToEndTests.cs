using LeftBehind.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

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
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        _baseUrl = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::1]", "127.0.0.1").Replace("localhost", "127.0.0.1");
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
