using LeftBehind.Dialogs.Emergency;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeftBehind.Tests.WeChat;

/// <summary>
/// The demo school has a (plainly fictional) duty number, so a demo emergency alert tells the family whom to ring; a
/// real deployment never sends that made-up number: its alerts carry the configured number or none.
/// </summary>
public sealed class DemoSchoolPhoneTests
{
    private const string DemoPhone = "0000-8888 1234";

    [Fact]
    public async Task In_the_demo_an_emergency_alert_to_the_father_carries_the_demo_schools_number()
    {
        await using var host = await WeChatHost.StartAsync();
        var sim = host.Sim;
        var dad = await host.BindAsync("o-dad-wx", "BABA23", "王建军");
        var grandpa = await host.BindAsync("o-yeye-wx", "YEYE67", "王德福");

        await sim.SendTextAsync(grandpa.OpenId, "孙子放学一直没回来");
        await grandpa.ExpectAsync("是哪个孩子");
        await sim.SendTextAsync(grandpa.OpenId, "1");
        await grandpa.ExpectAsync("已经通知");
        var alert = await dad.ExpectAsync("紧急", "孙子放学一直没回来");
        Assert.Contains("学校电话 " + DemoPhone, alert.Readable, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_number_wins_over_the_demos()
    {
        using var factory = new LeftBehindFactory { EnvironmentName = "Development" };
        factory.Settings["Storage:SeedDemoData"] = "true";
        factory.Settings["Emergency:Contact:SchoolPhone"] = "0851-8888 1234";
        Assert.Equal("0851-8888 1234", factory.Services.GetRequiredService<IOptions<EmergencyContactOptions>>().Value.SchoolPhone);
    }

    [Fact]
    public void Production_never_gets_the_demo_number_even_when_demo_data_is_asked_for()
    {
        using var factory = new LeftBehindFactory { EnvironmentName = "Production" };
        factory.Settings["Storage:SeedDemoData"] = "true";
        Assert.True(string.IsNullOrEmpty(factory.Services.GetRequiredService<IOptions<EmergencyContactOptions>>().Value.SchoolPhone));
    }
}
