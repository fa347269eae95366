using System.Net.Http.Json;
using System.Text.Json;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>The delivery policy through the real outbox, dispatcher, SMS client and simulator: opt-out, quiet hours, caps, merging, nobody reachable.</summary>
public sealed class DeliveryPolicyTests
{
    private static readonly OutboxChoice[] Choices = [new("1 已完成", "1"), new("2 稍后", "2"), new("3 做不到", "3")];

    [Fact]
    public async Task 退订_stops_routine_sms_for_that_number_is_recorded_and_emergencies_still_go()
    {
        using var host = await PhoneHost.StartAsync();
        var grandpa = await host.PersonAsync("王德福");
        await host.SetPhoneAsync("李红梅", "13800000009");
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "退订");
        Assert.StartsWith("已退订", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        await using (var db = await host.Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync())
        {
            var optOut = await db.PhoneOptOuts.SingleAsync();
            Assert.Equal(PhoneHost.GrandpaPhone, optOut.Phone);
            Assert.Equal("退订", optOut.Keyword);
        }
        var before = host.SmsTo(PhoneHost.GrandpaPhone).Count;

        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("下周一学校体检。"), "notice:health-check");
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("【紧急】王小明：在河边玩水一直没回来"), "emergency:9:1", urgent: true);
        await host.DrainAsync();

        var after = host.SmsTo(PhoneHost.GrandpaPhone).Skip(before).ToList();
        Assert.Equal(["（紧急）王小明：在河边玩水一直没回来"], after);
        // The routine notice is not dropped silently: it waits in the mailbox with the reason, and the head teacher is told.
        var dead = (await host.Get<IOutbox>().ListAsync(OutboxStatus.Held, 1, 10)).Items.Single();
        Assert.Equal(OutboxDispatcher.HeldReason, dead.LastError);
        Assert.Contains(host.SmsTo("+8613800000009"), t => t.StartsWith("王德福（王小明、王小红的家人）还联系不上", StringComparison.Ordinal));

        await host.ReplyAsync(PhoneHost.GrandpaPhone, "订阅");
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("明天学校放假。"), "notice:holiday");
        await host.DrainAsync();
        Assert.Equal("明天学校放假。", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
    }

    [Fact]
    public async Task Quiet_hours_hold_routine_sms_until_morning_but_not_emergencies()
    {
        using var host = await PhoneHost.StartAsync(settings: s => s["Scheduler:QuietHours:Enabled"] = "true");
        var grandpa = await host.PersonAsync("王德福");
        host.Time.Advance(TimeSpan.FromHours(10.5)); // 22:30 in Shanghai
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("明天记得带户口本复印件。"), "notice:documents");
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("【紧急】王小明：发高烧"), "emergency:5:1", urgent: true);
        await host.DrainAsync();
        Assert.Equal(["（紧急）王小明：发高烧"], host.SmsTo(PhoneHost.GrandpaPhone));

        host.Time.Advance(TimeSpan.FromHours(10)); // 08:30
        await host.DrainAsync();
        Assert.Equal("明天记得带户口本复印件。", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
    }

    [Fact]
    public async Task The_daily_cap_per_number_holds_the_rest_to_the_next_day_and_the_school_sees_it_held()
    {
        using var host = await PhoneHost.StartAsync(settings: s => s["Delivery:SmsDailyCapPerNumber"] = "2");
        var grandpa = await host.PersonAsync("王德福");
        for (var i = 1; i <= 3; i++)
        {
            await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage($"第{i}个提醒：回复1、2或3。", Choices), $"reminder:{i}");
            await host.DrainAsync();
        }
        Assert.Equal(2, host.SmsTo(PhoneHost.GrandpaPhone).Count);
        var held = (await host.Get<IOutbox>().ListAsync(OutboxStatus.Pending, 1, 10)).Items.Single();
        Assert.StartsWith("held: daily SMS limit", held.LastError);

        var report = await AdminDeliveryAsync(host);
        var outbox = report.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("channel").GetString() == "outbox");
        Assert.Equal(1, outbox.GetProperty("held").GetInt32());
        var sms = report.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("channel").GetString() == "sms");
        Assert.Equal(2, sms.GetProperty("sent").GetInt32());
        Assert.Equal(0.10m, sms.GetProperty("cost").GetDecimal());

        host.Time.Advance(TimeSpan.FromDays(1));
        await host.DrainAsync();
        Assert.Equal(3, host.SmsTo(PhoneHost.GrandpaPhone).Count);
        Assert.StartsWith("第3个提醒", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
    }

    [Fact]
    public async Task Several_plain_notices_due_at_once_for_one_number_go_as_one_sms()
    {
        using var host = await PhoneHost.StartAsync();
        var grandpa = await host.PersonAsync("王德福");
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("周五下午提前放学。"), "notice:a");
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("下周一交午餐费。"), "notice:b");
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("王小明的作文得了奖。"), "notice:c");
        await host.DrainAsync();

        var sms = Assert.Single(host.SmsTo(PhoneHost.GrandpaPhone));
        Assert.Equal("周五下午提前放学。\n下周一交午餐费。\n王小明的作文得了奖。", sms);
        var page = await host.Get<IOutbox>().ListAsync(null, 1, 10);
        Assert.All(page.Items, i => Assert.Equal(OutboxStatus.Sent, i.Status));
        Assert.Equal(3, page.Items.Count);
    }

    [Fact]
    public async Task A_guardian_who_prefers_voice_is_called_instead_of_texted()
    {
        using var host = await PhoneHost.StartAsync("Aliyun");
        var grandpa = await host.PersonAsync("王德福");
        await using (var db = await host.Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync())
        {
            db.ChannelPreferences.Add(new ChannelPreference { PersonId = grandpa, Preferred = PreferredChannel.Voice, UpdatedAt = host.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("王小明今天在学校很好。"), "notice:well");
        await host.DrainAsync();

        Assert.Empty(host.SmsTo(PhoneHost.GrandpaPhone));
        var call = Assert.Single(host.Simulator.Calls);
        Assert.Equal("SingleCallByTts", call.Action);
        Assert.Equal(2, call.PlayTimes);
        Assert.Equal("王小明今天在学校很好。", call.Text);
        (await host.PostAsync("/api/voice/status/aliyun", ProviderSimulator.AliyunCallReport(call, "200000"))).EnsureSuccessStatusCode();
        Assert.Equal(ChannelSendStatus.Answered, Assert.Single(await host.SendsAsync()).Status);
    }

    [Fact]
    public async Task A_person_reachable_by_nothing_is_reported_to_the_head_teacher_and_listed_for_the_school()
    {
        using var host = await PhoneHost.StartAsync();
        var grandpa = await host.PersonAsync("王德福");
        await host.SetPhoneAsync("王德福", null);
        await host.SetPhoneAsync("李红梅", "13800000009");
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("下周一学校体检。"), "notice:health-check");
        await host.DrainAsync();

        // Held in his mailbox (he may still bind a chat), never dropped; the head teacher is told.
        var dead = (await host.Get<IOutbox>().ListAsync(OutboxStatus.Held, 1, 10)).Items.Single();
        Assert.Equal(grandpa, dead.RecipientId);
        Assert.Equal(OutboxDispatcher.HeldReason, dead.LastError);
        Assert.Equal(["王德福（王小明、王小红的家人）还联系不上：还没开通，也没有可用的电话。给王德福的消息都保存着，开通后会收到；请核对电话或当面告知。"], host.SmsTo("+8613800000009"));

        var report = await AdminDeliveryAsync(host);
        var unreachable = report.GetProperty("unreachable").EnumerateArray().ToList();
        Assert.Contains(unreachable, p => p.GetProperty("personId").GetInt32() == grandpa && !p.GetProperty("hasPhone").GetBoolean());
        Assert.DoesNotContain(unreachable, p => p.GetProperty("name").GetString() == "李红梅");
    }

    [Fact]
    public async Task A_guardian_who_unfollowed_the_wechat_account_is_reported_as_unfollowed_not_as_never_opened()
    {
        // Found by the lead: a family member whose WeChat binding is suspended (he unfollowed) was reported as 还没开通.
        using var host = await PhoneHost.StartAsync();
        var grandpa = await host.PersonAsync("王德福");
        await host.SetPhoneAsync("王德福", null);
        await host.SetPhoneAsync("李红梅", "13800000009");
        await using (var db = await host.Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync())
        {
            var at = host.Time.GetUtcNow();
            db.ChannelBindings.Add(new ChannelBinding
            {
                PersonId = grandpa, ChannelId = "wechat", ChannelUserId = "o-grandpa-openid", ConversationReferenceJson = "{}",
                Role = InviteRole.Guardian, BoundAt = at.AddDays(-10), UpdatedAt = at.AddDays(-1), SuspendedAt = at.AddDays(-1),
            });
            await db.SaveChangesAsync();
        }
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("下周一学校体检。"), "notice:health-check");
        await host.DrainAsync();

        Assert.Equal(OutboxStatus.Held, (await host.Get<IOutbox>().ListAsync(OutboxStatus.Held, 1, 10)).Items.Single().Status);
        Assert.Equal(["王德福（王小明、王小红的家人）已取消关注微信，也没有可用的电话，现在联系不上。给王德福的消息都保存着，重新关注后会收到；请核对电话或当面告知。"], host.SmsTo("+8613800000009"));
        // The school's reach list says why, too.
        var unreachable = (await AdminDeliveryAsync(host)).GetProperty("unreachable").EnumerateArray().Single(p => p.GetProperty("personId").GetInt32() == grandpa);
        Assert.Equal("wechat-unfollowed", unreachable.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task After_退订_a_person_with_no_chat_gets_no_tip_or_reminder_queued_the_head_teacher_gets_no_false_alarm_and_the_school_sees_why()
    {
        using var host = await PhoneHost.StartAsync();
        var grandpa = await host.PersonAsync("王德福");
        await host.SetPhoneAsync("李红梅", "13800000009");
        // The monthly prompt is queued for him, then he texts 退订 before it goes out.
        Assert.True(await host.RunJobAsync(LeftBehind.Scheduler.Quartz.JobNames.MonthlyLetter) > 0);
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "退订");
        Assert.StartsWith("已退订", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        Assert.DoesNotContain(host.SmsTo(PhoneHost.GrandpaPhone), t => t.Contains("回复1、2或3", StringComparison.Ordinal));
        var prompt = (await host.Get<IOutbox>().ListAsync(null, 1, 100)).Items.Single(r => r.RecipientId == grandpa && r.Job == "monthly-letter");
        Assert.Equal(OutboxStatus.Dead, prompt.Status);
        Assert.Equal(OutboxDeadReasons.Cancelled + "the number opted out of SMS (退订)", prompt.LastError);
        var before = host.SmsTo(PhoneHost.GrandpaPhone).Count;

        host.Time.Advance(TimeSpan.FromHours(7)); // Thursday 19:00 in Shanghai: a tip day
        Assert.True(await host.RunJobAsync(LeftBehind.Scheduler.Quartz.JobNames.Tips) > 0); // the parents get theirs by SMS
        var rows = (await host.Get<IOutbox>().ListAsync(null, 1, 100)).Items;
        Assert.Contains(rows, r => r.Job == "tips");
        Assert.DoesNotContain(rows, r => r.RecipientId == grandpa && r.Job == "tips");
        await host.DrainAsync();
        Assert.Equal(before, host.SmsTo(PhoneHost.GrandpaPhone).Count);
        Assert.DoesNotContain(host.SmsTo("+8613800000009"), t => t.Contains("联系不上", StringComparison.Ordinal));

        var unreachable = (await AdminDeliveryAsync(host)).GetProperty("unreachable").EnumerateArray().ToList();
        var listed = Assert.Single(unreachable, p => p.GetProperty("personId").GetInt32() == grandpa);
        Assert.Equal(UnreachablePerson.SmsOptedOut, listed.GetProperty("reason").GetString());
        Assert.True(listed.GetProperty("hasPhone").GetBoolean());
    }

    [Fact]
    public async Task Callbacks_without_the_shared_secret_are_refused_and_change_nothing()
    {
        using var host = await PhoneHost.StartAsync();
        var response = await host.PostAsync("/api/sms/inbound/tencent", ProviderSimulator.TencentInbound(PhoneHost.GrandpaPhone, "退订", 1), token: "wrong");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        response = await host.PostAsync("/api/sms/status/tencent", "[]", token: null);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        response = await host.PostAsync("/api/sms/inbound/aliyun", "[]");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        await using var db = await host.Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.PhoneOptOuts.ToListAsync());
        Assert.Empty(host.Simulator.Accepted);
    }

    private static async Task<JsonElement> AdminDeliveryAsync(PhoneHost host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/delivery");
        request.Headers.Add("X-Admin-Key", "admin-key");
        using var response = await host.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }
}
