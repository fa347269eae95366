using LeftBehind.Bot.WeChat;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.WeChat;

/// <summary>One access_token for all instances: two services on one database and one simulated account.</summary>
public sealed class WeChatTokenTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Two_instances_fetch_the_token_once_and_refresh_a_rejected_one_once(bool stableToken)
    {
        var settings = new Dictionary<string, string?> { ["WeChat:UseStableToken"] = stableToken ? "true" : "false" };
        await using var first = await WeChatHost.StartAsync(settings: settings);
        await using var second = await WeChatHost.StartAsync(settings: settings, sharedSim: first.Sim, sharedDatabase: first.ConnectionString);
        var sim = first.Sim;
        var a = first.Services.GetRequiredService<WeChatApiClient>();
        var b = second.Services.GetRequiredService<WeChatApiClient>();
        sim.CustomPerWindow = 100;
        var dad = sim.User("o-token");
        dad.Subscribed = true;
        dad.LastInteraction = sim.Now;
        object Text(string t) => new { touser = "o-token", msgtype = "text", text = new { content = t } };

        // Found by the fan-out benchmark: 32 sends at once in one instance fetched 32 tokens. Now: one for both instances.
        await Task.WhenAll(Enumerable.Range(0, 32).Select(i => (i % 2 == 0 ? a : b).SendCustomAsync(Text("第" + i + "条"), CancellationToken.None)));
        Assert.Equal(1, sim.TokensIssued);
        Assert.Equal(32, (await dad.DrainAsync(TimeSpan.FromMilliseconds(300))).Count);

        // WeChat no longer knows the token (someone fetched another): both instances are told 40001 at once.
        sim.ForgetTokens();
        await Task.WhenAll(a.SendCustomAsync(Text("三"), CancellationToken.None), b.SendCustomAsync(Text("四"), CancellationToken.None));
        Assert.Equal(2, sim.TokensIssued);
        Assert.Equal(2, (await dad.DrainAsync(TimeSpan.FromMilliseconds(300))).Count);
        var row = await first.Services.GetRequiredService<WeChatStore>().GetTokenAsync(WeChatSimulator.AppId, CancellationToken.None);
        Assert.Equal(2, row!.Refreshes);
    }

    [Fact]
    public async Task A_token_inside_the_refresh_margin_is_replaced_before_use()
    {
        // WeChat gives 4 minutes; we refresh 5 minutes before expiry, so the token is always "about to expire".
        await using var host = await WeChatHost.StartAsync(sim => sim.TokenLifetime = TimeSpan.FromMinutes(4), new() { ["WeChat:UseStableToken"] = "false" });
        var tokens = host.Services.GetRequiredService<WeChatTokenSource>();
        var t1 = await tokens.GetAsync(CancellationToken.None);
        var t2 = await tokens.GetAsync(CancellationToken.None);
        Assert.NotEqual(t1, t2);
        Assert.Equal(2, host.Sim.TokensIssued);
    }
}
