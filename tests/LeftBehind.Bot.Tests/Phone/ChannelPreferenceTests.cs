using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// A guardian states how notices should reach him, over SMS itself (digit or word), and the delivery policy follows it:
/// the transcript goes through the provider callback, the real bot, the archive and the outbox to the simulator.
/// </summary>
public sealed class ChannelPreferenceTests
{
    [Fact]
    public async Task Grandpa_asks_for_voice_calls_by_sms_with_a_digit_and_the_next_notice_is_a_call()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        var grandpa = await host.PersonAsync("王德福");

        await host.ReplyAsync(PhoneHost.GrandpaPhone, "通知方式");
        Assert.Equal("您想先用哪种方式收到通知？\n1. 短信\n2. 语音电话\n3. 微信\n4. 网页", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "2");
        Assert.Equal("好了，以后先用语音电话通知您。", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        Assert.Equal(PreferredChannel.Voice, await PreferenceAsync(host, grandpa));

        var texts = host.Simulator.Sms.Count;
        await host.Get<IOutbox>().EnqueueAsync(grandpa, new OutboxMessage("明天上午学校开家长会。"), "notice:meeting-pref");
        await host.DrainAsync();
        var call = Assert.Single(host.Simulator.Calls, c => c.Phone == PhoneHost.GrandpaPhone);
        Assert.Contains("家长会", call.Text);
        Assert.Equal(2, call.PlayTimes);
        Assert.Equal(texts, host.Simulator.Sms.Count);
    }

    [Theory]
    [InlineData("打电话通知我", PreferredChannel.Voice)]
    [InlineData("以后用短信通知我", PreferredChannel.Sms)]
    [InlineData("用微信通知我", PreferredChannel.WeChat)]
    public async Task A_preference_stated_in_one_message_is_stored_without_a_question(string text, PreferredChannel expected)
    {
        using var host = await PhoneHost.StartAsync("Aliyun");
        var grandpa = await host.PersonAsync("王德福");
        await host.ReplyAsync(PhoneHost.GrandpaPhone, text);
        Assert.StartsWith("好了，以后先用", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        Assert.Equal(expected, await PreferenceAsync(host, grandpa));
    }

    [Fact]
    public async Task A_word_answers_the_question_and_a_wrong_number_gets_a_hint_not_a_choice()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        var grandpa = await host.PersonAsync("王德福");
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "通知方式");
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "7");
        Assert.Null(await PreferenceAsync(host, grandpa));
        Assert.Contains("1. 短信", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "短信");
        Assert.Equal("好了，以后先用短信通知您。", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        Assert.Equal(PreferredChannel.Sms, await PreferenceAsync(host, grandpa));
    }

    /// <summary>
    /// Found playing the grandfather by SMS: once the numbered menu had been sent (after 0, or at the end of a flow),
    /// 通知方式 and 打电话通知我 got "没有这个选项" — the menu took them as a wrong choice. At the menu they are asked and
    /// stored as from a fresh conversation.
    /// </summary>
    [Fact]
    public async Task At_the_numbered_menu_通知方式_is_asked_and_打电话通知我_is_stored_not_refused_as_a_wrong_choice()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        var grandpa = await host.PersonAsync("王德福");
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "0");
        Assert.StartsWith("您要做什么？回复数字就行。", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);

        host.Time.Advance(TimeSpan.FromSeconds(30));
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "通知方式");
        Assert.Equal("您想先用哪种方式收到通知？\n1. 短信\n2. 语音电话\n3. 微信\n4. 网页", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        host.Time.Advance(TimeSpan.FromSeconds(30));
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");
        Assert.Equal("好了，以后先用短信通知您。", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        Assert.Equal(PreferredChannel.Sms, await PreferenceAsync(host, grandpa));

        host.Time.Advance(TimeSpan.FromSeconds(30));
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "0");
        host.Time.Advance(TimeSpan.FromSeconds(30));
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "打电话通知我");
        Assert.DoesNotContain("没有这个选项", host.SmsTo(PhoneHost.GrandpaPhone)[^1], StringComparison.Ordinal);
        Assert.Equal(PreferredChannel.Voice, await PreferenceAsync(host, grandpa));
    }

    private static async Task<PreferredChannel?> PreferenceAsync(PhoneHost host, int personId)
    {
        await using var db = await host.Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        return await db.ChannelPreferences.Where(p => p.PersonId == personId).Select(p => (PreferredChannel?)p.Preferred).FirstOrDefaultAsync();
    }
}
