using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// Issue #14, item 1 of the last round: consent governs what is sent, not only what is shown. A grandfather on a feature
/// phone (王德福, SMS only) who answers 不同意 or withdraws gets no routine message about the child through the real
/// outbox, dispatcher, SMS client and simulator; the school hears the truth; an emergency still reaches him; when he
/// agrees, what was kept arrives in order, once.
/// </summary>
public sealed class ConsentDeliveryTests
{
    private const string HeadTeacherPhone = "+8613800000099";

    [Fact]
    public async Task A_guardian_who_refuses_gets_no_routine_sms_the_school_is_told_an_emergency_still_goes_and_agreeing_delivers_the_kept_ones_in_order_once()
    {
        using var host = await PhoneHost.StartAsync(settings: s => s["Storage:DemoFamiliesConsented"] = "false");
        var grandpa = await host.PersonAsync("王德福");
        await host.SetPhoneAsync("李红梅", "13800000099");

        await host.ReplyAsync(PhoneHost.GrandpaPhone, "你好");
        Assert.EndsWith("同意回 1，不同意回 2。", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "2");
        Assert.StartsWith("好的，已记下您不同意。", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        var before = host.SmsTo(PhoneHost.GrandpaPhone).Count;

        // A reminder, a teacher's answer (the chat's proactive path) and an emergency alert, all through the outbox.
        Assert.True(await host.RunJobAsync(JobNames.MonthlyLetter) > 0);
        await host.Get<IProactiveMessenger>().SendAsync(grandpa, _ => MessageFactory.Text("李老师回复：王小明今天数学考了95分。"), "answer:consent-test");
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("【紧急】王小明：在河边玩水一直没回来"), "emergency:9:1", urgent: true);
        await host.DrainAsync();

        Assert.Equal(["（紧急）王小明：在河边玩水一直没回来"], host.SmsTo(PhoneHost.GrandpaPhone).Skip(before));
        var kept = (await host.Get<IOutbox>().ListAsync(OutboxStatus.Held, 1, 50)).Items.Where(r => r.RecipientId == grandpa).ToList();
        Assert.Equal(2, kept.Count);
        Assert.All(kept, r => Assert.Equal(OutboxDispatcher.ConsentReason, r.LastError));
        Assert.Null(kept[0].SentAt);
        // The school is told the truth once, not that he is unreachable and not that anything reached him.
        var told = Assert.Single(host.SmsTo(HeadTeacherPhone), t => t.StartsWith("王德福（", StringComparison.Ordinal));
        Assert.StartsWith("王德福（王小明、王小红的家人）还没有同意接收孩子的消息，给王德福的通知没有发出", told);
        var held = (await AdminDeliveryAsync(host)).GetProperty("days").EnumerateArray()
            .Where(d => d.GetProperty("channel").GetString() == "outbox").Sum(d => d.GetProperty("held").GetInt32());
        Assert.Equal(2, held);

        // Another routine message the same week: kept too, the head teacher is not told again.
        await host.Get<IProactiveMessenger>().SendAsync(grandpa, _ => MessageFactory.Text("李老师：下周一学校体检。"), "notice:consent-test");
        await host.DrainAsync();
        Assert.Single(host.SmsTo(HeadTeacherPhone), t => t.StartsWith("王德福（", StringComparison.Ordinal));
        Assert.Equal(before + 1, host.SmsTo(PhoneHost.GrandpaPhone).Count);

        // He agrees: the kept messages go out after the thanks, oldest first, each once.
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "同意");
        await host.DrainAsync();
        var after = host.SmsTo(PhoneHost.GrandpaPhone).Skip(before + 1).ToList();
        Assert.Equal("谢谢您，已记下您的同意。", after[0]);
        var prompt = after.FindIndex(t => t.Contains("回复1、2或3", StringComparison.Ordinal));
        var answer = after.FindIndex(t => t.Contains("95分", StringComparison.Ordinal));
        var notice = after.FindIndex(t => t.Contains("体检", StringComparison.Ordinal));
        // The two plain notices may share one SMS (merged in the order written); the prompt keeps its place before them.
        Assert.True(prompt > 0 && answer > prompt && notice >= answer, string.Join(" | ", after));
        Assert.True(after[notice].IndexOf("体检", StringComparison.Ordinal) > (notice == answer ? after[answer].IndexOf("95分", StringComparison.Ordinal) : -1));
        Assert.Single(after, t => t.Contains("95分", StringComparison.Ordinal));
        Assert.DoesNotContain((await host.Get<IOutbox>().ListAsync(OutboxStatus.Held, 1, 50)).Items, r => r.RecipientId == grandpa);
        var count = host.SmsTo(PhoneHost.GrandpaPhone).Count;
        await host.DrainAsync();
        Assert.Equal(count, host.SmsTo(PhoneHost.GrandpaPhone).Count);
        Assert.Empty(host.Simulator.Refusals);
    }

    [Fact]
    public async Task A_guardian_who_withdraws_is_told_notices_stop_and_routine_sms_are_kept_from_then_on()
    {
        using var host = await PhoneHost.StartAsync();
        var grandpa = await host.PersonAsync("王德福");
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "我的信息");
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "4");
        Assert.StartsWith("撤回同意后", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");
        var withdrawn = host.SmsTo(PhoneHost.GrandpaPhone)[^1];
        Assert.StartsWith("已撤回您的同意。", withdrawn);
        Assert.DoesNotContain("解除绑定", withdrawn);
        var before = host.SmsTo(PhoneHost.GrandpaPhone).Count;

        await host.Get<IProactiveMessenger>().SendAsync(grandpa, _ => MessageFactory.Text("李老师回复：王小明今天数学考了95分。"), "answer:withdrawn-test");
        await host.DrainAsync();
        Assert.Equal(before, host.SmsTo(PhoneHost.GrandpaPhone).Count);
        var kept = Assert.Single((await host.Get<IOutbox>().ListAsync(OutboxStatus.Held, 1, 50)).Items, r => r.RecipientId == grandpa);
        Assert.Equal(OutboxDispatcher.ConsentReason, kept.LastError);
    }

    private static async Task<System.Text.Json.JsonElement> AdminDeliveryAsync(PhoneHost host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/delivery");
        request.Headers.Add("X-Admin-Key", "admin-key");
        using var response = await host.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content)).Clone();
    }
}
