using System.Net.Http.Json;
using System.Text.Json;
using LeftBehind.Archive.Services;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Trust;

/// <summary>
/// Issue 12 item 2 end to end: raise → acknowledge → reply → resolve seen by three clients (father, grandfather, head
/// teacher, each on the official botframework-directlinejs client as Web Chat uses it) through the real outbox and
/// the built-in Direct Line; then the admin sees the timeline, and the outbox holds nothing dead or failed.
/// </summary>
public sealed class EmergencyEndToEndTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new() { EnvironmentName = "Development" };
    private readonly string _baseUrl;

    public EmergencyEndToEndTests()
    {
        _factory.Settings["Storage:SeedDemoData"] = "true";
        _factory.Settings["Emergency:Contact:SchoolPhone"] = "0851-8888 1234";
        _baseUrl = _factory.StartOnLoopback();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Raise_acknowledge_reply_and_resolve_are_seen_by_three_clients_and_the_admin_reads_the_timeline()
    {
        var (code, output) = await NodeScript.RunAsync("emergency.js", _baseUrl);
        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);

        using var admin = _factory.CreateAdminClient();
        var closed = await admin.GetFromJsonAsync<JsonElement>("/admin/emergencies?status=closed");
        var e = Assert.Single(closed.EnumerateArray());
        Assert.Equal(EmergencyReport.Resolved, e.GetProperty("status").GetString());
        Assert.Equal("王德福", e.GetProperty("resolvedBy").GetString());
        var kinds = e.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("kind").GetString()).ToList();
        Assert.Equal("raised", kinds[0]);
        Assert.Contains("acknowledged", kinds);
        Assert.Contains("reply", kinds);
        Assert.Equal("resolved", kinds[^1]);
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>("/admin/emergencies?status=open")).EnumerateArray());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/emergencies?status=lost")).StatusCode);
        using var anonymous = _factory.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/admin/emergencies")).StatusCode);

        // Nothing lost: no dead or failed row; what is held is only for the mother and the mentor, who have no chat yet.
        var outbox = await admin.GetFromJsonAsync<OutboxPage>("/admin/outbox?pageSize=500");
        Assert.NotNull(outbox);
        Assert.DoesNotContain(outbox.Items, i => i.Status is OutboxStatus.Dead or OutboxStatus.Failed);
        var family = await _factory.Services.GetRequiredService<IChildrenService>().GetFamilyAsync(Actor.Admin, e.GetProperty("childId").GetInt32());
        int[] unbound = [family!.Mother!.Id, family.PairedTeacher!.Id];
        Assert.All(outbox.Items.Where(i => i.Status == OutboxStatus.Held), i => Assert.Contains(i.RecipientId, unbound));

        // The mother had no chat: the alert waited in her mailbox. It was resolved before she bound, so the alert was
        // withdrawn and she gets one "there was an emergency, it is resolved" notice, never an alert that looks open.
        var mother = family.Mother.Id;
        Assert.Contains(outbox.Items, i => i.RecipientId == mother && i.Status == OutboxStatus.Withdrawn && i.Period.StartsWith("emergency:", StringComparison.Ordinal));
        Assert.DoesNotContain(outbox.Items, i => i.RecipientId == mother && i.Status != OutboxStatus.Withdrawn && i.Period.StartsWith("emergency:", StringComparison.Ordinal));
        var (bound, transcript) = await NodeScript.RunAsync("bind-later.js", _baseUrl, "e2e-sos-mum", "MAMA45", "【已解决】王小明刚才有过紧急情况", "已经解决了");
        Assert.True(bound == 0, transcript);
    }
}
