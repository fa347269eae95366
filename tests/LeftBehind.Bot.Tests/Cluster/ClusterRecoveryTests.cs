using System.Diagnostics;
using LeftBehind.Bot.WeChat;
using LeftBehind.Tests.WeChat;
using Npgsql;
using Xunit.Abstractions;

namespace LeftBehind.Tests.Cluster;

/// <summary>
/// A turn in progress on an instance that is killed (<c>kill -9</c>): its activity is stored, nobody is running it. Another
/// instance runs it — once, with no phantom of what the dead one had already written.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterRecoveryTests(ITestOutputHelper output)
{
    private const string VictimApplication = "victim";
    // The key of a session advisory lock the test holds while the victim must not finish its turns.
    private const long Stall = 915_015;

    [Fact]
    public async Task A_direct_line_turn_and_a_wechat_message_in_progress_on_a_killed_instance_are_run_once_by_another_with_no_phantom_question()
    {
        await using var sim = await WeChatSimulator.StartAsync();
        await using var cluster = await ServiceCluster.StartAsync(3, (i, s) =>
        {
            foreach (var (k, v) in sim.Settings(WeChatHost.AllTemplates))
            {
                if (v is not null) s[k] = v;
            }
            s["ConnectionStrings:LeftBehind"] += ";Application Name=" + (i == 0 ? VictimApplication : "survivor");
        });
        sim.ServerUrl = cluster.Proxy.BaseUrl + WeChatEndpoint.Path;
        var victim = cluster.Instances[0];
        var marker = "恢复" + Guid.NewGuid().ToString("n")[..6];

        // A mother on Direct Line and a father on WeChat, each one step from filing a question to the teacher.
        await using var mum = new ClusterConversation(cluster.Http, "mama-" + Guid.NewGuid().ToString("n")[..8], cluster.Proxy);
        await mum.StartAsync();
        await mum.SayAsync("MAMA45");
        await mum.WaitForAsync(ClusterConversation.BotText(t => t.StartsWith("绑定成功", StringComparison.Ordinal)), TimeSpan.FromSeconds(60));
        var from = mum.Count;
        await mum.SayAsync("问老师");
        await mum.WaitForAsync(ClusterConversation.BotText(t => t.StartsWith("问哪个孩子", StringComparison.Ordinal)), TimeSpan.FromSeconds(60), from);
        from = mum.Count;
        await mum.SayAsync("小明");
        await mum.WaitForAsync(ClusterConversation.BotText(t => t.StartsWith("想问老师关于王小明", StringComparison.Ordinal)), TimeSpan.FromSeconds(60), from);

        var dad = sim.User("o-dad-cluster");
        await sim.SubscribeAsync(dad.OpenId);
        await dad.ExpectAsync("两地书");
        await sim.SendTextAsync(dad.OpenId, "BABA23");
        await dad.ExpectAsync("绑定成功", "王建军");
        await sim.SendTextAsync(dad.OpenId, "问老师");
        await dad.ExpectAsync("问哪个孩子");
        await sim.SendTextAsync(dad.OpenId, "王小明");
        await dad.ExpectAsync("想问老师关于王小明的什么事");

        // The victim files each question and then cannot save the turn's dialog state: a test-only trigger makes its
        // kernel_state writes wait for a lock the test holds. So when it dies, the question rows (and the teacher's
        // notices) are committed and the turns are not — the state a crash mid-turn leaves.
        await using var stall = new NpgsqlConnection(cluster.ConnectionString);
        await stall.OpenAsync();
        await using (var hold = new NpgsqlCommand($"SELECT pg_advisory_lock({Stall})", stall)) await hold.ExecuteNonQueryAsync();
        await using var filed = await DatabaseSignals.ListenAsync(cluster.ConnectionString, "test_question_filed");
        await using var wechatDone = await DatabaseSignals.ListenAsync(cluster.ConnectionString, "test_wechat_done");
        await using var turnsDone = await DatabaseSignals.ListenAsync(cluster.ConnectionString, "test_turns_done");
        await cluster.ExecuteAsync($"""
            CREATE FUNCTION test_victim_stalls() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF current_setting('application_name') = '{VictimApplication}' THEN
                PERFORM pg_advisory_xact_lock({Stall});
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER test_victim_stalls BEFORE INSERT OR UPDATE ON kernel_state FOR EACH ROW EXECUTE FUNCTION test_victim_stalls();
            CREATE FUNCTION test_question_filed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW."Text" LIKE '{marker}%' THEN PERFORM pg_notify('test_question_filed', NEW."Id"::text); END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER test_question_filed AFTER INSERT ON archive_questions FOR EACH ROW EXECUTE FUNCTION test_question_filed();
            CREATE FUNCTION test_wechat_done() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.done_at IS NOT NULL AND OLD.done_at IS NULL AND NEW.open_id = '{dad.OpenId}' THEN PERFORM pg_notify('test_wechat_done', NEW.dedup_key); END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER test_wechat_done AFTER UPDATE ON wechat_inbound FOR EACH ROW EXECUTE FUNCTION test_wechat_done();
            CREATE FUNCTION test_turns_done() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.conversation_id = '{mum.ConversationId}' AND NEW.turn_seq >= NEW.inbound_seq THEN PERFORM pg_notify('test_turns_done', NEW.turn_seq::text); END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER test_turns_done AFTER UPDATE ON directline_turns FOR EACH ROW EXECUTE FUNCTION test_turns_done();
            """);

        // Both questions go to the victim: the mother's POST straight to it (it never answers: the victim dies in the
        // turn), the father's WeChat message to its endpoint (stored and answered "success" at once, as WeChat expects).
        var mumQuestion = marker + "：小明最近作业写到几点？";
        var dadQuestion = marker + "：小明这周精神好吗？";
        from = mum.Count;
        var post = mum.PostDirectAsync(victim.BaseUrl, mumQuestion);
        sim.ServerUrl = victim.BaseUrl + WeChatEndpoint.Path;
        await sim.SendTextAsync(dad.OpenId, dadQuestion);
        sim.ServerUrl = cluster.Proxy.BaseUrl + WeChatEndpoint.Path;
        var echo = await mum.WaitForAsync(a => a.TryGetProperty("text", out var t) && t.GetString() == mumQuestion, TimeSpan.FromSeconds(60), from);
        await filed.WaitForAsync(2, TimeSpan.FromSeconds(120));

        cluster.Proxy.Remove(0);
        await victim.KillHardAsync();
        var killed = Stopwatch.GetTimestamp();
        _ = post.ContinueWith(t => t.Exception, TaskScheduler.Default); // the POST died with the victim
        // The victim is gone: the stall has nobody left to hold up.
        await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({Stall})", stall)) await release.ExecuteNonQueryAsync();
        await cluster.ExecuteAsync("DROP TRIGGER test_victim_stalls ON kernel_state; DROP FUNCTION test_victim_stalls();");

        // Nobody posts again: the survivors' recovery sweep finds the stored turns nobody finished and runs them.
        var mumReply = await mum.WaitForAsync(a => a.TryGetProperty("replyToId", out var r) && r.GetString() == echo.Id && a.GetProperty("type").GetString() == "message", TimeSpan.FromSeconds(120), from);
        var dlAfter = Stopwatch.GetElapsedTime(killed, mumReply.At);
        var dadReply = await dad.ExpectAsync("已经转给");
        var wxAfter = Stopwatch.GetElapsedTime(killed);
        output.WriteLine($"after the kill: Direct Line turn answered in {dlAfter.TotalMilliseconds:F0} ms, WeChat message in {wxAfter.TotalMilliseconds:F0} ms");
        await wechatDone.WaitForAsync(1, TimeSpan.FromSeconds(60));
        await turnsDone.WaitForAsync(1, TimeSpan.FromSeconds(60));

        Assert.StartsWith("已经转给", mumReply.Text, StringComparison.Ordinal);
        Assert.Contains(cluster.Instances.Skip(1), i => i.Log.Contains("that no instance finished", StringComparison.Ordinal));
        Assert.Contains(cluster.Instances.Skip(1), i => i.Log.Contains("running a turn no instance finished", StringComparison.Ordinal));
        // Each turn once: one reply to the mother's question in the conversation, one to the father's on WeChat.
        var history = await mum.HistoryAsync();
        Assert.Single(history, a => a.TryGetProperty("replyToId", out var r) && r.GetString() == echo.Id && a.GetProperty("type").GetString() == "message");
        Assert.StartsWith("已经转给", dadReply.Readable, StringComparison.Ordinal);
        Assert.Single(dad.All, m => m.Readable.Contains("已经转给", StringComparison.Ordinal));
        // No phantom: each question filed once (the re-run found the row the victim wrote), one notice each to the teacher.
        Assert.Equal(1, await cluster.ScalarAsync<long>("SELECT count(*) FROM archive_questions WHERE \"Text\" = @t", ("t", mumQuestion)));
        Assert.Equal(1, await cluster.ScalarAsync<long>("SELECT count(*) FROM archive_questions WHERE \"Text\" = @t", ("t", dadQuestion)));
        Assert.Equal(1, await cluster.ScalarAsync<long>("SELECT count(*) FROM sched_outbox WHERE payload LIKE @m", ("m", "%" + mumQuestion + "%")));
        Assert.Equal(1, await cluster.ScalarAsync<long>("SELECT count(*) FROM sched_outbox WHERE payload LIKE @m", ("m", "%" + dadQuestion + "%")));
    }
}
