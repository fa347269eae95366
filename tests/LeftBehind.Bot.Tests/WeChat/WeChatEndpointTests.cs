using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using LeftBehind.Bot.WeChat;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.WeChat;

/// <summary>/api/wechat as WeChat's server calls it: the URL check, the three message modes, key rotation, refusals, retries.</summary>
public sealed class WeChatEndpointTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Url_check_answers_echostr_only_to_a_correct_signature()
    {
        await using var host = await WeChatHost.StartAsync();
        var sig = WeChatCrypto.Sign(WeChatSimulator.Token, "1764988800", "42");
        Assert.Equal("7261983471", await Http.GetStringAsync($"{host.Sim.ServerUrl}?signature={sig}&timestamp=1764988800&nonce=42&echostr=7261983471"));
        var bad = await Http.GetAsync($"{host.Sim.ServerUrl}?signature={sig}&timestamp=1764988801&nonce=42&echostr=7261983471");
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("compatible")]
    [InlineData("safe")]
    public async Task Each_message_mode_binds_and_answers(string mode)
    {
        await using var host = await WeChatHost.StartAsync(sim => sim.Mode = mode);
        await host.BindAsync("o-mode-" + mode, "BABA23", "王建军");
        await host.Sim.SendTextAsync("o-mode-" + mode, "孩子这周上学了吗");
        await host.Sim.User("o-mode-" + mode).ExpectAsync("问哪个孩子");
    }

    [Fact]
    public async Task During_a_key_rotation_the_previous_key_is_accepted_and_an_unknown_key_is_refused()
    {
        var previous = WeChatSimulator.NewKey();
        await using var host = await WeChatHost.StartAsync(sim => sim.PreviousEncodingAesKey = previous);
        var fields = Fields("o-rotate", "你好");
        var old = await Http.SendAsync(host.Sim.BuildRequest(fields, withKey: previous));
        Assert.Equal("success", await old.Content.ReadAsStringAsync());

        var unknown = await Http.SendAsync(host.Sim.BuildRequest(Fields("o-rotate", "再见"), withKey: WeChatSimulator.NewKey()));
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Fact]
    public async Task A_message_for_another_appid_or_with_a_wrong_msg_signature_is_refused()
    {
        await using var host = await WeChatHost.StartAsync();
        var other = await Http.SendAsync(host.Sim.BuildRequest(Fields("o-x", "你好"), appId: "wx0000000000000000"));
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);

        var request = host.Sim.BuildRequest(Fields("o-x", "你好"));
        request.RequestUri = new Uri(request.RequestUri!.ToString().Replace("msg_signature=", "msg_signature=0", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.SendAsync(request)).StatusCode);

        var unsigned = new HttpRequestMessage(HttpMethod.Post, host.Sim.ServerUrl) { Content = new StringContent("<xml/>") };
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.SendAsync(unsigned)).StatusCode);
    }

    [Fact]
    public async Task An_xxe_payload_is_refused_before_anything_is_stored()
    {
        await using var host = await WeChatHost.StartAsync(sim => sim.Mode = "plain");
        var secret = Path.Combine(host.Factory.DataDirectory, "secret.txt");
        await File.WriteAllTextAsync(secret, "TOP-SECRET");
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file://{secret}\">]><xml><ToUserName>gh</ToUserName><FromUserName>o-xxe</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&x;</Content><MsgId>99</MsgId></xml>";
        var response = await Http.SendAsync(Signed(host, xml));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await host.Services.GetRequiredService<WeChatStore>().CountInboundAsync("msg:99", CancellationToken.None));
    }

    [Fact]
    public async Task WeChats_retries_after_five_silent_seconds_never_run_a_turn_twice()
    {
        await using var host = await WeChatHost.StartAsync();
        var user = host.Sim.User("o-retry");
        await host.Sim.SubscribeAsync(user.OpenId);
        await user.ExpectAsync("两地书");
        // WeChat hears no answer within 5 s (here: the first two answers are lost) and posts the same message again.
        host.Sim.LoseAnswers = 2;
        Assert.Equal(200, await host.Sim.SendTextAsync(user.OpenId, "BABA23"));
        await user.ExpectAsync("绑定成功");
        Assert.Equal(3, host.Sim.Posts.Count(p => p.Key == host.Sim.Posts.Last().Key));

        // And one message delivered three times at once, as a confused network might.
        var fields = Fields(user.OpenId, "孩子这周上学了吗", msgId: "880001");
        var afterBinding = await user.DrainAsync(TimeSpan.FromSeconds(2));
        Assert.DoesNotContain(afterBinding, m => m.Readable.Contains("绑定成功", StringComparison.Ordinal));
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ => await (await Http.SendAsync(host.Sim.BuildRequest(fields))).Content.ReadAsStringAsync()));
        Assert.All(answers, a => Assert.Equal("success", a));
        await user.ExpectAsync("问哪个孩子");
        var rest = await user.DrainAsync(TimeSpan.FromSeconds(3));
        Assert.DoesNotContain(rest, m => m.Readable.Contains("绑定成功", StringComparison.Ordinal) || m.Readable.Contains("问哪个孩子", StringComparison.Ordinal));
        Assert.Equal(1, await host.Services.GetRequiredService<WeChatStore>().CountInboundAsync("msg:880001", CancellationToken.None));
    }

    [Fact]
    public async Task A_voice_message_runs_as_its_recognised_text_and_keeps_the_audio()
    {
        await using var host = await WeChatHost.StartAsync();
        var dad = await host.BindAsync("o-voice", "BABA23", "王建军");
        await host.Sim.SendVoiceAsync(dad.OpenId, "孩子这周上学了吗", [0x23, 0x21, 0x41, 0x4D, 0x52, 0x0A, 1, 2, 3]);
        await dad.ExpectAsync("问哪个孩子");
        Assert.Contains(host.Sim.Calls, c => c == ("media/get", 0));

        // Speech recognition off (no Recognition): the bot still answers, it does not go silent.
        await host.Sim.SendTextAsync(dad.OpenId, "取消");
        await dad.DrainAsync(TimeSpan.FromSeconds(1));
        await host.Sim.SendVoiceAsync(dad.OpenId, "", [0x23, 0x21, 0x41, 0x4D, 0x52, 0x0A, 4, 5, 6]);
        Assert.NotEmpty(await dad.DrainAsync(TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task A_follower_who_scans_an_invite_slip_is_bound_by_its_code()
    {
        await using var host = await WeChatHost.StartAsync();
        var mum = host.Sim.User("o-scan");
        await host.Sim.SubscribeAsync(mum.OpenId);
        await mum.ExpectAsync("两地书");
        await host.Sim.ScanAsync(mum.OpenId, "MAMA45");
        await mum.ExpectAsync("绑定成功", "刘丽");
    }

    internal static Dictionary<string, string> Fields(string openId, string text, string? msgId = null) => new()
    {
        ["ToUserName"] = WeChatSimulator.AccountId,
        ["FromUserName"] = openId,
        ["CreateTime"] = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        ["MsgType"] = "text",
        ["Content"] = text,
        ["MsgId"] = msgId ?? Random.Shared.NextInt64(1, long.MaxValue).ToString(CultureInfo.InvariantCulture),
    };

    private static HttpRequestMessage Signed(WeChatHost host, string body)
    {
        var sig = WeChatCrypto.Sign(WeChatSimulator.Token, "1764988800", "7");
        return new HttpRequestMessage(HttpMethod.Post, $"{host.Sim.ServerUrl}?signature={sig}&timestamp=1764988800&nonce=7") { Content = new StringContent(body, Encoding.UTF8, "text/xml") };
    }
}
