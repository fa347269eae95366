namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// The grandfather on a feature phone, played through the SMS simulator: the news of an illness alone begins the sick
/// leave (it got 没有这个选项 and the menu), 咋还没好 goes on with it keeping its reason, and 啥 at the menu is
/// explained in one sentence. Through the provider's callback, the real bot, the outbox and his SMS.
/// </summary>
public sealed class SmsGrandfatherIllnessTests
{
    [Fact]
    public async Task A_grandfather_texting_only_that_the_child_has_a_fever_reports_the_sick_day_and_goes_on_with_it()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        async Task<string> Say(string text)
        {
            // A minute between his texts: the provider's callback for the same text in the same second is a retry.
            host.Time.Advance(TimeSpan.FromMinutes(1));
            var before = host.SmsTo(PhoneHost.GrandpaPhone).Count;
            await host.ReplyAsync(PhoneHost.GrandpaPhone, text);
            return string.Join("\n", host.SmsTo(PhoneHost.GrandpaPhone).Skip(before));
        }

        Assert.StartsWith("请哪天的假？", await Say("小明发烧了"), StringComparison.Ordinal);
        Assert.StartsWith("王小明11月19日请病假，对吗？", await Say("今天"), StringComparison.Ordinal);
        Assert.StartsWith("好了，王小明11月19日请假了", await Say("中"), StringComparison.Ordinal);
        Assert.StartsWith("王小明还没好，接着请哪天的假？", await Say("咋还没好"), StringComparison.Ordinal);
        Assert.StartsWith("王小明11月20日请病假，对吗？", await Say("明天"), StringComparison.Ordinal);
        Assert.StartsWith("好了，王小明11月20日请假了", await Say("中"), StringComparison.Ordinal);
        await Say("菜单");
        Assert.StartsWith("想办哪件事，就回它前面的数字，比如请假回 1。", await Say("啥"), StringComparison.Ordinal);
    }
}
