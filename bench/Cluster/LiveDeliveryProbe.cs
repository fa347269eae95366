using System.Globalization;
using LeftBehind.Bench.Channel;
using LeftBehind.Bench.Infra;

namespace LeftBehind.Bench.Cluster;

/// <summary>
/// Live delivery across instances, measured after the load: conversations whose stream is held by one instance while
/// what they should see is produced on another. A turn's typing indicator and reply (posted straight to the next
/// instance), and a proactive reminder (the monthly-letter job run on the last instance: outbox row, whichever
/// dispatcher claims it, Direct Line append, NOTIFY, the stream's instance). Each figure is the wall-clock time from the
/// activity's own timestamp (or, for the reminder, from the moment the job had committed its rows) to its arrival on
/// the socket — all processes on one machine, one clock.
/// </summary>
internal static class LiveDeliveryProbe
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(HttpClient http, IReadOnlyList<string> instances, ScenarioInvites invites, int probes)
    {
        var n = instances.Count;
        var typing = new List<double>();
        var replies = new List<double>();
        var reminders = new List<double>();
        var remindersFromAppend = new List<double>();
        var conversations = new List<ProbeConversation>();
        try
        {
            var codes = await AdminClient.CreateInvitesAsync(http, instances[0], ServiceConfig.AdminKey, invites, probes).ConfigureAwait(false);
            for (var k = 0; k < probes; k++)
            {
                var streamOn = instances[k % n];
                var postOn = instances[(k + 1) % n];
                var c = new ProbeConversation(http, "probe-" + k.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("n")[..6]);
                conversations.Add(c);
                await c.StartAsync(streamOn, CancellationToken.None).ConfigureAwait(false);
                await c.WaitForAsync(a => ProbeConversation.IsBotText(a, ""), Limit).ConfigureAwait(false); // the greeting
                var before = c.Count;
                var bind = await c.PostAsync(postOn, "老师给了我一个邀请码 " + codes[k], CancellationToken.None).ConfigureAwait(false);
                // The first typing indicator after the post: the one its turn (on the other instance) sent.
                var typed = await c.WaitForAsync(a => a.TryGetProperty("type", out var t) && t.GetString() == "typing", Limit, before).ConfigureAwait(false);
                var reply = await c.WaitForAsync(a => ProbeConversation.IsReplyTo(a, bind), Limit).ConfigureAwait(false);
                typing.Add(ProbeConversation.MsAfterTimestamp(typed.Activity, typed.Arrived));
                replies.Add(ProbeConversation.MsAfterTimestamp(reply.Activity, reply.Arrived));
                var consent = await c.PostAsync(postOn, "同意", CancellationToken.None).ConfigureAwait(false);
                await c.WaitForAsync(a => ProbeConversation.IsReplyTo(a, consent), Limit).ConfigureAwait(false);
            }

            // The monthly letter reminder, run on the last instance; the streams are spread over all of them.
            using var run = new HttpRequestMessage(HttpMethod.Post, instances[^1] + "/admin/jobs/monthly-letter/run?wait=true");
            run.Headers.Add("X-Admin-Key", ServiceConfig.AdminKey);
            using var response = await http.SendAsync(run).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var committed = TimeProvider.System.GetUtcNow();
            foreach (var c in conversations)
            {
                var (activity, arrived) = await c.WaitForAsync(a => ProbeConversation.IsBotText(a, "这个月给"), Limit).ConfigureAwait(false);
                reminders.Add((arrived - committed).TotalMilliseconds);
                remindersFromAppend.Add(ProbeConversation.MsAfterTimestamp(activity, arrived));
            }
        }
        finally
        {
            foreach (var c in conversations) await c.DisposeAsync().ConfigureAwait(false);
        }

        Console.WriteLine("live delivery across instances (ms)\tcount\tp50\tp90\tp99\tmax");
        Print("typing indicator (stamped on the turn's instance → socket on another)", typing);
        Print("turn reply (stored on the turn's instance → socket on another)", replies);
        Print("reminder (job's rows committed → socket)", reminders);
        Print("reminder (stored by the dispatching instance → socket)", remindersFromAppend);
    }

    private static void Print(string what, List<double> samples)
    {
        var s = LatencySummary.From(samples);
        Console.WriteLine(string.Join('\t', what, s.Count, s.P50, s.P90, s.P99, s.Max));
    }
}
