using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Globalization;
using LeftBehind.Bot.Hosting;
using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// The WebSocket stream: authorized by the token in the URL (a browser cannot add headers), replays everything after
/// the watermark first (a client often posts before its socket is open), then pushes new activities as ActivitySet
/// frames of one activity each and an empty frame as heartbeat (each heartbeat re-reads the queue first). Frames from the client are keep-alives and are ignored.
/// </summary>
internal static class DirectLineStream
{
    public static async Task AcceptAsync(string conversationId, string? t, string? watermark, HttpContext http,
        DirectLineAuth auth, DirectLineStore store, DirectLineHub hub, BotMetrics metrics, IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime, TimeProvider time, ILoggerFactory loggers)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await Results.BadRequest().ExecuteAsync(http);
            return;
        }
        var caller = await auth.AuthenticateAsync(http, t);
        if (caller.Failed)
        {
            await DirectLineEndpoints.Fail(caller).ExecuteAsync(http);
            return;
        }
        if (!caller.MayUse(conversationId) || !await store.ExistsAsync(conversationId, http.RequestAborted))
        {
            await Results.NotFound().ExecuteAsync(http);
            return;
        }

        // The stream lives no longer than the token that opened it; the client reconnects with a refreshed one. The
        // expiry timer starts before the handshake completes, so no clock tick between the client's connect and this
        // line can leave a stream open past its token.
        using var expiry = caller.Token is { } granted ? new CancellationTokenSource(Clamp(granted.ExpiresAt - time.GetUtcNow()), time) : new CancellationTokenSource();
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var logger = loggers.CreateLogger("LeftBehind.Bot.DirectLine.Stream");
        var sub = hub.Subscribe(conversationId);
        metrics.DirectLineConnected();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping, expiry.Token);
        var receiving = ReceiveUntilClosedAsync(socket, cts);
        try
        {
            var mark = DirectLineEndpoints.ParseWatermark(watermark);
            mark = await PushAsync(socket, store, conversationId, mark, cts.Token);
            var heartbeat = TimeSpan.FromSeconds(options.Value.HeartbeatSeconds);
            while (!cts.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cts.Token);
                var delay = Task.Delay(heartbeat, time, wait.Token);
                var signal = sub.Signals.Reader.WaitToReadAsync(wait.Token).AsTask();
                var done = await Task.WhenAny(delay, signal);
                wait.Cancel();
                if (cts.IsCancellationRequested) break;
                if (done == delay)
                {
                    // A heartbeat also re-reads from the watermark: a news message lost on the backplane costs at most one beat.
                    mark = await PushAsync(socket, store, conversationId, mark, cts.Token);
                    await SendAsync(socket, string.Empty, cts.Token);
                    continue;
                }
                if (!await signal) break; // collision: a newer stream of this conversation took over
                var readNews = false;
                while (sub.Signals.Reader.TryRead(out var frame))
                {
                    if (frame is null) readNews = true;
                    else await SendAsync(socket, frame, cts.Token);
                }
                if (readNews) mark = await PushAsync(socket, store, conversationId, mark, cts.Token);
            }
            if (socket.State == WebSocketState.Open)
            {
                if (expiry.IsCancellationRequested) await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, "token expired", CancellationToken.None);
                else await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, sub.Collided ? "collision" : "closing", CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException)
        {
            logger.LogDebug("Stream for conversation {ConversationId} ended: {Reason}", conversationId, ex.GetType().Name);
        }
        finally
        {
            hub.Unsubscribe(sub);
            metrics.DirectLineDisconnected();
            await cts.CancelAsync();
            try
            {
                await receiving;
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException)
            {
                // The client went away; nothing to clean up beyond the subscription.
            }
        }
    }

    private static TimeSpan Clamp(TimeSpan left) => left < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : left;

    private static async Task<long> PushAsync(WebSocket socket, DirectLineStore store, string conversationId, long mark, CancellationToken ct)
    {
        while (true)
        {
            var (activities, next) = await store.ReadAsync(conversationId, mark, 100, ct);
            if (activities.Count == 0) return mark;
            // One activity per frame, as the hosted service streams them: botframework-directlinejs (and Web Chat with
            // it) hands a frame's activities to the page one timer tick apart, so a frame arriving meanwhile had its
            // activity shown between them: a bind turn's menu before its "绑定成功", the greeting's notice in between.
            foreach (var activity in activities)
            {
                var seq = activity.Id is { } id ? DirectLineStore.SeqOf(id) : next;
                var frame = JsonSerializer.Serialize(new ActivitySet([activity], seq.ToString(CultureInfo.InvariantCulture)), BotJson.Options);
                await SendAsync(socket, frame, ct);
            }
            mark = next;
        }
    }

    private static Task SendAsync(WebSocket socket, string frame, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, ct);

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource cts)
    {
        var buffer = new byte[4096];
        try
        {
            while (!cts.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, cts.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
            }
        }
        finally
        {
            await cts.CancelAsync();
        }
    }
}
