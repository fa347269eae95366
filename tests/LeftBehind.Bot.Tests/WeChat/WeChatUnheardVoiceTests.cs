namespace LeftBehind.Tests.WeChat;

/// <summary>
/// Found playing the grandfather through the WeChat simulator: a voice message WeChat could not turn into words (the
/// account's recognition off, or a noisy yard) reached his menu as an empty answer, and he was told 没有这个选项，请回复 1
/// 到 7 的数字 — he had chosen nothing. He is told the voice was not heard, and what waited is asked again. Through the
/// simulator (safe mode), the real endpoint, the real bot and the real database.
/// </summary>
public sealed class WeChatUnheardVoiceTests
{
    [Fact]
    public async Task A_voice_message_without_words_is_said_to_be_unheard_at_the_menu_and_inside_a_flow()
    {
        await using var host = await WeChatHost.StartAsync();
        var sim = host.Sim;
        var grandpa = await host.BindAsync("o-yeye-wx", "YEYE67", "王德福");
        await grandpa.DrainAsync(TimeSpan.FromSeconds(1));

        await sim.SendVoiceAsync(grandpa.OpenId, "", [1, 2, 3]);
        var unheard = await grandpa.ExpectAsync("语音我没听清");
        Assert.DoesNotContain("没有这个选项", unheard.Readable, StringComparison.Ordinal);
        Assert.DoesNotContain("图片", unheard.Readable, StringComparison.Ordinal);
        await grandpa.ExpectAsync("1. 请假");

        await sim.SendTextAsync(grandpa.OpenId, "请假");
        await grandpa.ExpectAsync("哪个孩子请假");
        await sim.SendVoiceAsync(grandpa.OpenId, "", [1, 2, 3]);
        await grandpa.ExpectAsync("语音我没听清");
        await grandpa.ExpectAsync("哪个孩子请假");
        await sim.SendVoiceAsync(grandpa.OpenId, "小红。", [1, 2, 3]);
        await grandpa.ExpectAsync("请哪天的假");
    }
}
