using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Scheduler.Quartz;
using LeftBehind.Scheduler.Recipients;
using Microsoft.Extensions.Options;

namespace LeftBehind.Tests.Scheduler;

/// <summary>The per-kind rules of the delivery policy, row by row (the routing decision alone; the end-to-end tests send).</summary>
public sealed class DeliveryPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 19, 4, 0, 0, TimeSpan.Zero);
    private const string Phone = "+8613907310001";

    private static DeliveryPolicy Policy(bool sms = true, bool voice = true) => new(null!, null!,
        Options.Create(new DeliveryOptions { SmsEnabled = sms, VoiceEnabled = voice, SmsDailyCapPerNumber = 3 }), Options.Create(new SchedulerOptions()));

    private static OutboxRow Row(string job, bool urgent = false) =>
        new(1, OutboxKey.Of(job, 7, "p"), 7, job, "{}", OutboxStatus.Pending, urgent, 0, null, null, "zh-CN", new HashSet<int>());

    private static RecipientBinding Chat(TimeSpan age) => new(11, 7, Channels.Webchat, new ConversationReference { ChannelId = Channels.Webchat }, Now - age);

    private static string[] Channels_(DeliveryPlan plan) => plan.Targets.Select(t => t.ChannelId).ToArray();

    [Fact]
    public void An_ordinary_notice_goes_to_the_first_reachable_channel_chat_before_sms()
    {
        var facts = new PhoneFacts(Phone, null, false, 0);
        Assert.Equal([Channels.Webchat], Channels_(Policy().Plan(Row(JobNames.MonthlyLetter), [Chat(TimeSpan.FromDays(3))], facts, Now)));
        Assert.Equal([PhoneAddress.SmsChannel], Channels_(Policy().Plan(Row(JobNames.MonthlyLetter), [], facts, Now)));
        Assert.True(Policy(sms: false, voice: false).Plan(Row(JobNames.MonthlyLetter), [], facts, Now).Unreachable);
    }

    [Fact]
    public void An_absence_alert_also_goes_by_sms_when_no_chat_was_used_within_the_day()
    {
        var facts = new PhoneFacts(Phone, null, false, 0);
        Assert.Equal([Channels.Webchat, PhoneAddress.SmsChannel], Channels_(Policy().Plan(Row(JobNames.AbsenceAlert), [Chat(TimeSpan.FromHours(30))], facts, Now)));
        Assert.Equal([Channels.Webchat], Channels_(Policy().Plan(Row(JobNames.AbsenceAlert), [Chat(TimeSpan.FromHours(2))], facts, Now)));
    }

    [Fact]
    public void An_emergency_goes_to_chat_and_sms_at_once_despite_opt_out_and_cap()
    {
        var facts = new PhoneFacts(Phone, PreferredChannel.Voice, OptedOut: true, SmsToday: 99);
        Assert.Equal([Channels.Webchat, PhoneAddress.SmsChannel], Channels_(Policy().Plan(Row("direct", urgent: true), [Chat(TimeSpan.FromDays(3))], facts, Now)));
    }

    [Fact]
    public void A_stated_wechat_or_web_chat_preference_puts_that_chat_first_even_when_another_was_used_later()
    {
        var wechat = new RecipientBinding(12, 7, "wechat", new ConversationReference { ChannelId = "wechat" }, Now - TimeSpan.FromDays(2));
        var web = Chat(TimeSpan.FromMinutes(5));
        Assert.Equal(["wechat"], Channels_(Policy().Plan(Row(JobNames.MonthlyLetter), [web, wechat], new PhoneFacts(Phone, PreferredChannel.WeChat, false, 0), Now)));
        Assert.Equal([Channels.Webchat], Channels_(Policy().Plan(Row(JobNames.MonthlyLetter), [wechat, web], new PhoneFacts(Phone, PreferredChannel.WebChat, false, 0), Now)));
        // No WeChat binding yet: the next channel in order, never nothing.
        Assert.Equal([Channels.Webchat], Channels_(Policy().Plan(Row(JobNames.MonthlyLetter), [web], new PhoneFacts(Phone, PreferredChannel.WeChat, false, 0), Now)));
        Assert.Equal([PhoneAddress.SmsChannel], Channels_(Policy().Plan(Row(JobNames.MonthlyLetter), [], new PhoneFacts(Phone, PreferredChannel.WeChat, false, 0), Now)));
    }

    [Fact]
    public void A_voice_call_row_only_calls_and_a_voice_preference_calls_first()
    {
        var facts = new PhoneFacts(Phone, PreferredChannel.Voice, false, 0);
        Assert.Equal([PhoneAddress.VoiceChannel], Channels_(Policy().Plan(Row(OutboxJobs.VoiceCall, urgent: true), [Chat(TimeSpan.Zero)], facts, Now)));
        Assert.Equal([PhoneAddress.VoiceChannel], Channels_(Policy().Plan(Row(JobNames.MonthlyLetter), [Chat(TimeSpan.Zero)], facts, Now)));
        Assert.Equal([Channels.Webchat], Channels_(Policy(voice: false).Plan(Row(JobNames.MonthlyLetter), [Chat(TimeSpan.Zero)], facts, Now)));
    }

    [Fact]
    public void Opted_out_numbers_get_no_routine_sms_and_a_full_day_is_held_until_the_next_morning()
    {
        Assert.True(Policy().Plan(Row(JobNames.MonthlyLetter), [], new PhoneFacts(Phone, null, OptedOut: true, 0), Now).Unreachable);
        var held = Policy().Plan(Row(JobNames.MonthlyLetter), [], new PhoneFacts(Phone, null, false, SmsToday: 3), Now);
        Assert.Empty(held.Targets);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), held.HoldUntil); // 08:00 in Shanghai
        Assert.StartsWith(OutboxJobs.HeldPrefix, held.Reason);
    }
}
