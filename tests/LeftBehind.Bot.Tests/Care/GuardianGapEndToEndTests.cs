using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Care;

/// <summary>
/// #20 item 4 on the real path: the service on a loopback port with the demo school and its database, three Direct
/// Line conversations with the official client (tests/e2e/guardian-gap.js), the alerts through the durable outbox.
/// </summary>
public sealed class GuardianGapEndToEndTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new() { EnvironmentName = "Development" };
    private readonly string _baseUrl;

    public GuardianGapEndToEndTests()
    {
        _factory.Settings["Storage:SeedDemoData"] = "true";
        _baseUrl = _factory.StartOnLoopback();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Grandpa_reports_grandma_in_hospital_the_head_teacher_and_mum_are_told_through_the_outbox_and_mum_records_the_guardian()
    {
        var (code, output) = await NodeScript.RunAsync("guardian-gap.js", _baseUrl);
        Assert.True(code == 0, output);

        var services = _factory.Services;
        var ming = (await services.GetRequiredService<IChildrenService>().GetChildrenAsync(Actor.Admin)).Single(c => c.Name == "王小明");
        var entrusted = await services.GetRequiredService<ICareService>().GetEntrustedGuardianAsync(Actor.Admin, ming.Id);
        Assert.Equal(("王桂芳", "姑姑", EntrustmentNotice.Chat), (entrusted!.Name, entrusted.Relation, entrusted.ToldHow));
        var open = await services.GetRequiredService<ICareService>().GetOpenConcernsAsync(Actor.Admin);
        // One answer to the notice names the guardian of both flagged children.
        Assert.DoesNotContain(open, c => c.Kind == CareConcernKind.GuardianGap);
        var flagged = await services.GetRequiredService<ICareQueries>().GetChildrenWithoutGuardianAsync(services.GetRequiredService<TimeProvider>().GetUtcNow());
        Assert.DoesNotContain(flagged, c => c.ChildId == ming.Id);
    }
}
