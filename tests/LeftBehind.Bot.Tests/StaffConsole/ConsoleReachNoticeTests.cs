using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>
/// Found by an earlier play session as the school admin: after an answer the console said 回答已交给发送队列，家长会在聊天里
/// 收到 and after resolving an emergency 已解除，家里人会在聊天里收到通知, whoever the family were — a father reached only by
/// SMS, one who had not yet agreed to the service (the outbox holds routine messages until 同意), or one nothing reaches.
/// Through the real console, services and outbox, the notice now says what will really happen, never that a message
/// was delivered that was not.
/// </summary>
public sealed class ConsoleReachNoticeTests : IDisposable
{
    private const string Password = "Liangdishu2026";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
    private readonly HostFactory _host;

    public ConsoleReachNoticeTests()
    {
        _host = new HostFactory { EnvironmentName = "Development", TestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)) };
        _host.Settings["Storage:SeedDemoData"] = "true";
    }

    public void Dispose() => _host.Dispose();

    private async Task BindFatherAsync(string channel, string user)
    {
        var reference = $$$"""{"channelId":"{{{channel}}}","serviceUrl":"http://127.0.0.1/","conversation":{"id":"{{{user}}}"},"user":{"id":"{{{user}}}"}}""";
        Assert.Equal(RedeemOutcome.Bound, (await _host.Services.GetRequiredService<IBindingService>().RedeemAsync("BABA23", channel, user, reference, "conv:" + user)).Outcome);
    }

    private async Task<string> AnswerAsync()
    {
        var browser = new ConsoleBrowser(_host);
        await browser.SignInAsync("wangfang", Password);
        await browser.PageAsync("/console/inbox");
        var id = (await _host.Services.GetRequiredService<IQuestionService>().InboxAsync(Actor.Admin)).Single().Id;
        var answered = await browser.PostAsync("/console/inbox?handler=Answer", [new("questionId", id.ToString()), new("answer", "一般九点前能写完。")]);
        return await browser.PageAsync(answered.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_answer_to_a_father_in_his_chat_says_he_will_receive_it_in_the_chat()
    {
        await BindFatherAsync("directline", "dad");
        Assert.Contains("回答已交给发送队列，家长会在聊天里收到。", await AnswerAsync());
    }

    [Fact]
    public async Task An_answer_to_a_father_reached_only_by_sms_says_it_goes_by_sms_not_to_his_chat()
    {
        await BindFatherAsync("sms", "+8613800000001");
        var after = await AnswerAsync();
        Assert.Contains("回答已交给发送队列，会用短信发给家长。", after);
        Assert.DoesNotContain("聊天里收到", after);
    }

    [Fact]
    public async Task An_answer_to_a_father_who_has_not_agreed_says_he_gets_it_only_once_he_agrees_and_it_is_not_sent()
    {
        await BindFatherAsync("directline", "dad");
        var father = (await _host.Services.GetRequiredService<IQuestionService>().InboxAsync(Actor.Admin)).Single().AskedById;
        Assert.True(await _host.Services.GetRequiredService<IPersonRights>().WithdrawConsentAsync(father));
        var after = await AnswerAsync();
        Assert.Contains("回答已保存。家长还没有同意使用两地书，同意后才会收到，现在还没有发出。", after);
        Assert.DoesNotContain("聊天里收到", after);
    }

    [Fact]
    public async Task An_answer_to_a_father_nothing_reaches_says_it_waits_until_he_joins_and_to_phone_him()
    {
        var after = await AnswerAsync();
        Assert.Contains("回答已保存。家长还没有开通两地书，收不到，开通后才会收到；急事请打电话告诉家长。", after);
        Assert.DoesNotContain("聊天里收到", after);
    }

    [Fact]
    public async Task Resolving_an_emergency_says_who_is_told_in_the_chat_and_who_cannot_be_reached()
    {
        await BindFatherAsync("directline", "dad");
        var emergencies = _host.Services.GetRequiredService<IEmergencyService>();
        var ming = (await _host.Services.GetRequiredService<IChildrenService>().GetChildrenAsync(Actor.Admin)).First(c => c.Name == "王小明").Id;
        var raised = await emergencies.RaiseAsync(Actor.Admin, ming, "小明放学没有回家");
        var teacher = new ConsoleBrowser(_host);
        await teacher.SignInAsync("wangfang", Password);
        await teacher.PageAsync("/console/emergencies");

        var resolved = await teacher.PostAsync("/console/emergencies?handler=Resolve", [new("emergencyId", raised.Id.ToString()), new("note", "找到了，平安")]);
        var after = await teacher.PageAsync(resolved.Headers.Location!.OriginalString);

        Assert.DoesNotContain("家里人会在聊天里收到通知", after);
        Assert.Contains("已解除。会在聊天里收到通知：王建军。", after);
        Assert.Contains("还没有开通、收不到（请打电话告诉他们）：", after);
    }
}
