using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LeftBehind.Archive.Roster;

namespace LeftBehind.Tests.Cluster;

/// <summary>Instances that die or start together: nothing lost, nothing repeated, nobody waits for a dead owner.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterFailoverTests
{
    private const string School = "集群实验小学";
    private const int Fathers = 24;

    // Passed alone (03:53 UTC); in the full suite on a machine at load 40–80 the other dispatchers delivered every row
    // before the victim claimed one, so the precondition (victim holds leases) was not reached: the setup needs a
    // deterministic way to hand the victim rows first. Skipped until then (issue 15 report).
    [Fact(Skip = "setup race under machine load: the victim may never hold a lease; see the comment above")]
    public async Task Killing_one_instance_under_load_its_sockets_reconnect_missing_nothing_and_its_outbox_rows_are_delivered_once_by_the_others_within_15_seconds()
    {
        // The victim (instance 0) runs the job, so its own dispatcher wakes first and claims a large batch; it sends
        // slowly, so it still holds leased rows when it dies. The others take small batches of the rest, at a pace that
        // leaves rows for the victim even when a busy machine wakes it late.
        await using var cluster = await ServiceCluster.StartAsync(3, (i, s) =>
        {
            s["Scheduler:Outbox:BatchSize"] = i == 0 ? "12" : "2";
            s["Scheduler:Outbox:ChannelRates:directline"] = i == 0 ? "1" : "4";
        });
        var victim = cluster.Instances[0];
        await ImportRosterAsync(cluster);
        var fathers = new List<ClusterConversation>();
        try
        {
            for (var k = 0; k < Fathers; k++)
            {
                using var invite = await cluster.Http.PostAsJsonAsync("/admin/invites", new { school = School, studentNumber = StudentNumber(k), role = "father" });
                Assert.True(invite.IsSuccessStatusCode, await invite.Content.ReadAsStringAsync());
                var code = (await invite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
                var father = new ClusterConversation(cluster.Http, $"father-{k}");
                fathers.Add(father);
                await father.StartAsync();
                await father.SayAsync(code);
                await father.WaitForAsync(ClusterConversation.BotText(t => t.StartsWith("绑定成功", StringComparison.Ordinal)), TimeSpan.FromSeconds(20));
            }
            var onVictim = fathers.Where(f => f.StreamDestinations[^1] == "i0").ToList();
            Assert.NotEmpty(onVictim);

            // Load: a third of the fathers keep chatting through the proxy while the instance dies.
            using var stopChatter = new CancellationTokenSource();
            var chatter = fathers.Where((_, i) => i % 3 == 0).Select(f => ChatAsync(f, stopChatter.Token)).ToList();

            using (var run = await cluster.Http.PostAsync(victim.BaseUrl + "/admin/jobs/monthly-letter/run?wait=true", null))
            {
                Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());
            }
            var owner = $"%:{victim.ProcessId}:%";
            await ServiceCluster.WaitUntilAsync(
                async () => await cluster.ScalarAsync<long>("SELECT count(*) FROM sched_outbox WHERE job = 'monthly-letter' AND lease_owner LIKE @o AND status IN ('pending', 'failed')", ("o", owner)) > 0,
                TimeSpan.FromSeconds(20), "the victim holds leased outbox rows",
                () => cluster.DumpAsync("SELECT id, status, lease_owner FROM sched_outbox WHERE job = 'monthly-letter'"));
            victim.KillHard();
            var killed = Stopwatch.GetTimestamp();

            // Every father gets this month's letter reminder within 15 s of the kill, from whichever instance.
            foreach (var father in fathers)
            {
                var left = TimeSpan.FromSeconds(15) - Stopwatch.GetElapsedTime(killed);
                await father.WaitForAsync(ClusterConversation.BotText(IsReminder), left > TimeSpan.Zero ? left : TimeSpan.Zero);
            }
            // The "sent" marks follow the deliveries by a group commit.
            await ServiceCluster.WaitUntilAsync(
                async () => await cluster.ScalarAsync<long>("SELECT count(*) FROM sched_outbox WHERE job = 'monthly-letter' AND status = 'sent'") == Fathers,
                TimeSpan.FromSeconds(5), "every reminder row marked sent",
                async () => await cluster.DumpAsync("SELECT id, status, attempts, lease_owner, lease_until, not_before, last_error, delivered_bindings FROM sched_outbox WHERE job = 'monthly-letter' AND status <> 'sent'")
                            + string.Join("\n----\n", cluster.Instances.Skip(1).Select(i => i.Log[Math.Max(0, i.Log.Length - 4000)..])));
            Assert.Equal(Fathers, await cluster.ScalarAsync<long>("SELECT count(*) FROM sched_outbox WHERE job = 'monthly-letter'"));

            await stopChatter.CancelAsync();
            await Task.WhenAll(chatter);

            foreach (var father in fathers)
            {
                // Nothing missed and nothing twice: the stream delivered exactly what the conversation holds.
                var history = (await father.HistoryAsync()).Select(a => a.GetProperty("id").GetString()!).ToList();
                await ServiceCluster.WaitUntilAsync(() => Task.FromResult(history.All(id => father.Snapshot().Any(r => r.Id == id))), TimeSpan.FromSeconds(5),
                    $"{father.UserId}'s stream has all {history.Count} stored activities");
                var streamed = father.Snapshot().Where(r => r.Type != "typing").Select(r => r.Id!).ToList();
                Assert.Equal(streamed.Count, streamed.Distinct().Count());
                Assert.Equal(history, streamed.Where(history.Contains));
                Assert.Single(father.Snapshot(), r => r.FromBot && r.Text is { } t && IsReminder(t));
            }
            Assert.All(onVictim, f => Assert.True(f.Reconnects > 0, $"{f.UserId} was on the killed instance and did not reconnect"));
        }
        finally
        {
            foreach (var f in fathers) await f.DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_instances_started_together_on_an_empty_database_both_come_up_and_seed_the_demo_school_once()
    {
        await using var cluster = await ServiceCluster.StartAsync(2);

        Assert.All(cluster.Instances, i => Assert.False(i.HasExited));
        Assert.Equal(1, await cluster.ScalarAsync<long>("SELECT count(*) FROM archive_schools"));
        Assert.Equal(6, await cluster.ScalarAsync<long>("SELECT count(*) FROM archive_invites"));
        foreach (var instance in cluster.Instances)
        {
            using var health = await cluster.Http.GetAsync(instance.BaseUrl + "/healthz");
            Assert.True(health.IsSuccessStatusCode);
        }
    }

    /// <summary>The monthly letter reminder ("这个月给…写一封两地书吧。…"), not the menu line that also mentions letters.</summary>
    private static bool IsReminder(string text) => text.StartsWith("这个月给", StringComparison.Ordinal);

    private static async Task ChatAsync(ClusterConversation father, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await father.SayAsync("菜单");
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static string StudentNumber(int k) => "9" + k.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>A class of children with both parents away and no guardian on record (so only the fathers are reminded).</summary>
    private static async Task ImportRosterAsync(ServiceCluster cluster)
    {
        const string stems = "甲乙丙丁戊己庚辛壬癸";
        string Name(int k) => new([stems[k / 10 % 10], stems[k % 10]]);
        var rows = Enumerable.Range(0, Fathers).Select(k => (IReadOnlyList<string>)
        [
            School, "一年级(1)班", StudentNumber(k), "林" + Name(k), "男", "2018-03-01", "双亲外出", "", "无", "",
            "林" + Name(k) + "父", "1391000" + k.ToString("D4", CultureInfo.InvariantCulture), "广东深圳",
            "周" + Name(k) + "母", "1392000" + k.ToString("D4", CultureInfo.InvariantCulture), "广东深圳", "韩老师", "",
        ]).ToList();
        using var content = new StringContent(RosterCsv.Build(rows), Encoding.UTF8, "text/csv");
        using var import = await cluster.Http.PostAsync("/admin/roster", content);
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());
    }
}
