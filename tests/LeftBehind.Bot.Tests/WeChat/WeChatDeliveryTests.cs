using System.Net.Http.Json;
using System.Text.Json;
using LeftBehind.Bot.WeChat;
using LeftBehind.Tests.Infrastructure;
using LeftBehind.Scheduler.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.WeChat;

/// <summary>
/// Proactive messages to a WeChat user through the real outbox and channel, with the simulator answering each documented
/// error code: what the channel does about it and what it records.
/// </summary>
public sealed class WeChatDeliveryTests
{
    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["Scheduler:Outbox:BaseRetryDelay"] = "00:00:00.2",
        ["Scheduler:Outbox:MaxRetryDelay"] = "00:00:01",
    };

    private static async Task<(WeChatHost Host, SimUser Dad, int DadId)> BoundFatherAsync(Action<WeChatSimulator>? sim = null, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(FastRetries);
        foreach (var (k, v) in settings ?? []) all[k] = v;
        var host = await WeChatHost.StartAsync(sim, all);
        var dad = await host.BindAsync("o-dad", "BABA23", "王建军");
        return (host, dad, await host.PersonIdAsync("o-dad"));
    }

    private static Task<EnqueueResult> SendAsync(WeChatHost host, int personId, string text, string key, bool urgent = false) =>
        host.Services.GetRequiredService<IOutbox>().EnqueueAsync(personId, new OutboxMessage(text), key, urgent);

    private static async Task<WeChatDelivery> DeliveryAsync(WeChatHost host, string keyPart)
    {
        var store = host.Services.GetRequiredService<WeChatStore>();
        WeChatDelivery? found = null;
        await WeChatEndToEndTests.WaitUntilAsync(host.Services, async () =>
            (found = (await store.ListDeliveriesAsync(null, 100, CancellationToken.None)).FirstOrDefault(d => d.OutboxKey.Contains(keyPart, StringComparison.Ordinal))) is not null);
        return found!;
    }

    [Theory]
    [InlineData(40001)]
    [InlineData(40014)]
    [InlineData(42001)]
    public async Task A_rejected_token_is_refreshed_once_and_the_message_sent_again(int code)
    {
        var (host, dad, dadId) = await BoundFatherAsync();
        await using var _ = host;
        var issued = host.Sim.TokensIssued;
        host.Sim.FailNext("message/custom/send", code);
        await SendAsync(host, dadId, "王芳老师回复了您的问题。", "answer:1");
        var m = await dad.ExpectAsync("王芳老师回复了您的问题");
        Assert.Equal("custom", m.Method);
        Assert.Equal(issued + 1, host.Sim.TokensIssued);
        Assert.Contains(host.Sim.Calls, c => c == ("message/custom/send", code));
    }

    [Fact]
    public async Task A_token_rejected_twice_in_a_row_is_not_refreshed_again_and_the_outbox_retries_later()
    {
        var (host, dad, dadId) = await BoundFatherAsync();
        await using var _ = host;
        host.Sim.FailNext("message/custom/send", 40001, 40001);
        await SendAsync(host, dadId, "第二次才送到。", "retry-after-two-40001");
        await dad.ExpectAsync("第二次才送到");
        Assert.Equal(2, host.Sim.Calls.Count(c => c == ("message/custom/send", 40001)));
    }

    [Theory]
    [InlineData(45015)]
    [InlineData(45047)]
    public async Task A_closed_customer_service_window_falls_back_to_the_template_of_that_kind(int code)
    {
        var (host, dad, dadId) = await BoundFatherAsync();
        await using var _ = host;
        host.Sim.FailNext("message/custom/send", code);
        await SendAsync(host, dadId, "王芳老师回复了您：是感冒了。", "answer:7");
        var m = await dad.ExpectAsync("老师回复了您");
        Assert.Equal(("template", "tpl-answer"), (m.Method, m.TemplateId));
        var d = await DeliveryAsync(host, "answer:7");
        Assert.Equal(("template", code, WeChatNoticeKinds.TeacherAnswer), (d.Method, d.ErrCode, d.Kind));
        using (var http = AdminHttp())
        {
            var rows = await http.GetFromJsonAsync<JsonElement>(host.BaseUrl + "/admin/wechat/deliveries?openId=o-dad");
            Assert.Contains(rows.EnumerateArray(), r => r.GetProperty("outboxKey").GetString()!.EndsWith("answer:7", StringComparison.Ordinal) && r.GetProperty("method").GetString() == "template");
        }
        // WeChat reports the template's fate (TEMPLATESENDJOBFINISH); the delivery row shows it.
        await WeChatEndToEndTests.WaitUntilAsync(host.Services, async () => (await DeliveryAsync(host, "answer:7")).Status == "delivered");
    }

    [Fact]
    public async Task Outside_the_window_known_to_us_the_template_goes_at_once_without_trying_customer_service()
    {
        var (host, dad, dadId) = await BoundFatherAsync();
        await using var _ = host;
        await using (var c = await host.Services.GetRequiredService<LeftBehind.Archive.Storage.IDbConnectionFactory>().OpenAsync())
        await using (var cmd = c.CreateCommand())
        {
            // Two days since his last message, as far as our records go.
            cmd.CommandText = $"UPDATE wechat_users SET last_inbound_at = {TimeProvider.System.GetUtcNow().AddHours(-49).ToUnixTimeMilliseconds()} WHERE open_id = 'o-dad'";
            await cmd.ExecuteNonQueryAsync();
        }
        var customBefore = host.Sim.Calls.Count(c => c.Api == "message/custom/send");
        await SendAsync(host, dadId, "本周请记得给孩子打电话。", "call-3-proposed-1");
        var m = await dad.ExpectAsync("本周请记得");
        Assert.Equal(("template", "tpl-call"), (m.Method, m.TemplateId));
        Assert.Equal(customBefore, host.Sim.Calls.Count(c => c.Api == "message/custom/send"));
    }

    [Fact]
    public async Task The_day_quota_is_spread_to_the_next_day_and_emergencies_go_first()
    {
        var (host, dad, dadId) = await BoundFatherAsync(settings: new() { ["WeChat:DailyTemplateQuota"] = "2", ["WeChat:EmergencyReserve"] = "0.5" });
        await using var _ = host;
        host.Sim.Advance(TimeSpan.FromHours(49));
        for (var i = 0; i < 3; i++) await SendAsync(host, dadId, $"通知{i}", $"notice-{i}");
        var first = await dad.ExpectAsync("通知");
        Assert.Equal("template", first.Method);
        await SendAsync(host, dadId, "【紧急】王小明在河边没回来", "emergency:1:1:1", urgent: true);
        var alert = await dad.ExpectAsync("紧急");
        Assert.Equal("tpl-emergency", alert.TemplateId);
        Assert.Empty(await dad.DrainAsync(TimeSpan.FromSeconds(2)));

        var outbox = await host.Services.GetRequiredService<IOutbox>().ListAsync(null, 1, 50);
        var waiting = outbox.Items.Where(r => r.Key.Contains("notice-", StringComparison.Ordinal) && r.Status != OutboxStatus.Sent).ToList();
        Assert.Equal(2, waiting.Count);
        Assert.All(waiting, r => Assert.StartsWith("deferred", r.LastError));
        // The quota day is Beijing's (WeChat:QuotaTimeZone): in the last hour before its midnight "an hour from now"
        // is already the next day, so the bound is that midnight, not an offset from the wall clock.
        var beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var nextQuotaDay = new DateTimeOffset(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), beijing).Date.AddDays(1), TimeSpan.FromHours(8));
        Assert.All(waiting, r => Assert.True(r.NotBefore >= nextQuotaDay, "waits for the next quota day"));
        Assert.All(waiting, r => Assert.Equal(0, r.Attempts));

        using var http = AdminHttp();
        var status = await http.GetFromJsonAsync<JsonElement>(host.BaseUrl + "/admin/wechat/status");
        Assert.Equal(2, status.GetProperty("quota").GetProperty("template").GetProperty("used").GetInt64());
        Assert.Equal(2, status.GetProperty("quota").GetProperty("template").GetProperty("deferredToTomorrow").GetInt64());
    }

    [Fact]
    public async Task WeChats_daily_quota_answer_45009_moves_the_message_to_the_next_day()
    {
        var (host, dad, dadId) = await BoundFatherAsync();
        await using var _ = host;
        host.Sim.FailNext("message/custom/send", 45009);
        await SendAsync(host, dadId, "明天再送。", "quota-45009");
        var row = await WaitForRowAsync(host, "quota-45009", r => r.LastError?.StartsWith("deferred", StringComparison.Ordinal) == true);
        Assert.Equal(0, row.Attempts);
        Assert.Empty(await dad.DrainAsync(TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData(43004, "unreachable")]
    [InlineData(40003, "unreachable")]
    [InlineData(40037, "failed")]
    public async Task A_refusal_that_retrying_cannot_fix_is_recorded_with_its_code(int code, string status)
    {
        var (host, _, dadId) = await BoundFatherAsync();
        await using var __ = host;
        host.Sim.Advance(TimeSpan.FromHours(49));
        host.Sim.FailNext("message/template/send", code);
        await SendAsync(host, dadId, "一条通知。", "refused-" + code);
        var d = await DeliveryAsync(host, "refused-" + code);
        Assert.Equal((status, code), (d.Status, d.ErrCode));
    }

    [Fact]
    public async Task A_busy_platform_is_retried_by_the_outbox_until_it_takes_the_message()
    {
        var (host, dad, dadId) = await BoundFatherAsync();
        await using var _ = host;
        host.Sim.FailNext("message/custom/send", -1, -1);
        await SendAsync(host, dadId, "稍后送达。", "busy");
        await dad.ExpectAsync("稍后送达");
        var row = await WaitForRowAsync(host, "busy", r => r.Status == OutboxStatus.Sent);
        Assert.Equal(3, row.Attempts);
    }

    [Fact]
    public async Task An_image_is_uploaded_once_and_reused_by_its_hash()
    {
        var (host, dad, _) = await BoundFatherAsync();
        await using var __ = host;
        var outbound = host.Services.GetRequiredService<WeChatOutbound>();
        var dl = host.Services.GetRequiredService<LeftBehind.Bot.DirectLine.DirectLineStore>();
        var id = await dl.SaveAttachmentAsync("o-dad", "letter.jpg", "image/jpeg", WeChatEndToEndTests.TestJpeg(), CancellationToken.None);
        var activity = new LeftBehind.Dialogs.Schema.Activity
        {
            Type = "message",
            Text = "王小明给您回信了，请看照片。",
            Conversation = new LeftBehind.Dialogs.Schema.ConversationAccount { Id = "o-dad" },
            ServiceUrl = WeChatChannel.ServiceUrl,
            Attachments = [new LeftBehind.Dialogs.Schema.Attachment { ContentType = "image/jpeg", ContentUrl = host.BaseUrl + "/v3/directline/attachments/" + id }],
        };
        await outbound.DeliverAsync(activity, CancellationToken.None);
        await outbound.DeliverAsync(activity, CancellationToken.None);
        var got = await dad.DrainAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(2, got.Count(m => m.Method == "custom-image"));
        Assert.Equal(1, host.Sim.Calls.Count(c => c == ("media/upload", 0)));
    }

    [Fact]
    public async Task The_admin_publishes_the_role_menu_and_sees_token_quota_and_counts()
    {
        var (host, _, _) = await BoundFatherAsync();
        await using var __ = host;
        using var http = AdminHttp();
        var response = await http.PostAsync(host.BaseUrl + "/admin/wechat/menu", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var menu = host.Sim.Menu!.Value.GetProperty("button");
        Assert.Equal("上学情况", menu[0].GetProperty("name").GetString());
        Assert.Equal("Attendance", menu[0].GetProperty("key").GetString());

        var status = await http.GetFromJsonAsync<JsonElement>(host.BaseUrl + "/admin/wechat/status");
        Assert.True(status.GetProperty("enabled").GetBoolean());
        Assert.True(status.GetProperty("token").GetProperty("expiresInSeconds").GetInt64() > 0);
        Assert.True(status.GetProperty("messagesIn").GetProperty("text").GetInt64() >= 1);
        Assert.True(status.GetProperty("messagesOut").GetProperty("custom").GetInt64() >= 1);
    }

    private static async Task<OutboxEntry> WaitForRowAsync(WeChatHost host, string keyPart, Func<OutboxEntry, bool> condition)
    {
        OutboxEntry? found = null;
        await WeChatEndToEndTests.WaitUntilAsync(host.Services, async () =>
        {
            var page = await host.Services.GetRequiredService<IOutbox>().ListAsync(null, 1, 100);
            found = page.Items.FirstOrDefault(r => r.Key.Contains(keyPart, StringComparison.Ordinal) && condition(r));
            return found is not null;
        });
        return found!;
    }

    private static HttpClient AdminHttp()
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Admin-Key", LeftBehindFactory.TestAdminKey);
        return http;
    }
}
