namespace LeftBehind.Tests.WeChat;

/// <summary>
/// Found playing the father on WeChat (a letter with an HTML link in it): a customer-service text message renders a link
/// (&lt;a href="…"&gt;…&lt;/a&gt;) as a tappable link with any words, so a letter or a question written with one reached the
/// grandfather's WeChat as "学校补助领取" pointing anywhere. What people write goes out as the characters they typed:
/// angle brackets are sent as their full-width forms, so nothing in a text message is markup.
/// </summary>
public sealed class WeChatInertTextTests
{
    private const string Hostile = "小明，爸爸想你了。<a href=\"http://evil.example/pay\">学校补助领取</a>";

    [Fact]
    public async Task A_letter_with_an_html_link_reaches_the_grandfather_on_wechat_as_plain_characters_not_a_link()
    {
        await using var host = await WeChatHost.StartAsync();
        var sim = host.Sim;
        var grandpa = await host.BindAsync("o-yeye-inert", "YEYE67", "王德福");
        var dad = await host.BindAsync("o-dad-inert", "BABA23", "王建军");

        await sim.SendTextAsync(dad.OpenId, "给小明写信");
        var step = await dad.ExpectAsync();
        if (!step.Readable.Contains("请开始写信", StringComparison.Ordinal))
        {
            Assert.Contains("写新信", step.Readable, StringComparison.Ordinal);
            await sim.SendTextAsync(dad.OpenId, "1");
            await dad.ExpectAsync("请开始写信");
        }
        await sim.SendTextAsync(dad.OpenId, Hostile);
        await dad.ExpectAsync("写好了");
        await sim.SendTextAsync(dad.OpenId, "写好了");
        var echo = await dad.ExpectAsync("寄出");
        Assert.DoesNotContain("<a", echo.Readable, StringComparison.Ordinal);
        Assert.Contains("学校补助领取", echo.Readable, StringComparison.Ordinal);
        await sim.SendTextAsync(dad.OpenId, "1");
        await dad.ExpectAsync("信已经寄出");

        var letter = await grandpa.ExpectAsync("爸爸想你了");
        Assert.Equal("custom", letter.Method);
        Assert.DoesNotContain("<a", letter.Readable, StringComparison.Ordinal);
        Assert.DoesNotContain("</a>", letter.Readable, StringComparison.Ordinal);
        Assert.Contains("＜a href=\"http://evil.example/pay\"＞学校补助领取＜/a＞", letter.Readable, StringComparison.Ordinal);
    }
}
