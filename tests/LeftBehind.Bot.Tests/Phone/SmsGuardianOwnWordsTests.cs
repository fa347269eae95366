namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// A grandfather on a feature phone telling the child's parents something: he types what he wants to say where the
/// service offers ready-made sentences (1–4) and 5 我自己说. Through the provider's callback, the real bot, the outbox
/// and the parents' SMS.
/// </summary>
public sealed class SmsGuardianOwnWordsTests
{
    [Fact]
    public async Task A_grandfather_who_types_his_own_words_where_the_ready_made_sentences_are_offered_has_them_passed_to_the_parents()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "告诉孩子爸妈");
        Assert.StartsWith("说哪个孩子的事", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");
        Assert.StartsWith("想告诉孩子爸妈什么", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);

        await host.ReplyAsync(PhoneHost.GrandpaPhone, "他说想爸爸了，过年早点回来");

        Assert.DoesNotContain("没有这个选项", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        Assert.StartsWith("已经告诉", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        Assert.Contains(host.SmsTo(PhoneHost.DadPhone), t => t.Contains("他说想爸爸了，过年早点回来", StringComparison.Ordinal));
        Assert.Contains(host.SmsTo(PhoneHost.MumPhone), t => t.Contains("他说想爸爸了，过年早点回来", StringComparison.Ordinal));
    }
}
