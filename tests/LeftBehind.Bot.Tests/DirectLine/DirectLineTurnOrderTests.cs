using System.Net.WebSockets;
using System.Text.Json;
using LeftBehind.Bot.Hosting;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// A conversation's replies reach the client in the order of its turns: the greeting before the first message's
/// answer however fast the message comes, and the stream hands the official client one activity per frame (it shows
/// a frame's activities a timer tick apart, so a frame arriving meanwhile was shown between them: CI saw a bind turn's
/// menu before its "绑定成功", with the greeting's consent notice in between).
/// </summary>
public sealed class DirectLineTurnOrderTests : IDisposable
{
    private readonly HostFactory _host;
    private ObservedClusterLock? _locks;

    public DirectLineTurnOrderTests()
    {
        _host = new HostFactory
        {
            TestServices = s => s.Replace(ServiceDescriptor.Singleton<IClusterLock>(sp =>
                _locks = new ObservedClusterLock(new LocalClusterLock(sp.GetRequiredService<ConversationLocks>())))),
        };
    }

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("""{"user":{"id":"father-1"},"locale":"zh-CN"}""")]
    [InlineData("""{"user":{},"locale":"zh-CN"}""")]
    public async Task First_message_posted_while_the_greeting_turn_runs_is_answered_after_the_greeting(string startBody)
    {
        // The greeting turn is held at a signal; the first message is posted meanwhile. The message's turn must queue
        // behind the greeting (the lock tells us it waits), not run beside it.
        var greetingEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseGreeting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var messageEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.Bot.OnTurn = async (context, ct) =>
        {
            if (context.Activity.Type == ActivityTypes.ConversationUpdate)
            {
                greetingEntered.TrySetResult();
                await releaseGreeting.Task;
                await context.SendActivitiesAsync([MessageFactory.Text("welcome"), MessageFactory.Text("consent"), MessageFactory.Text("ask code")], ct);
            }
            else if (context.Activity.Type == ActivityTypes.Message)
            {
                messageEntered.TrySetResult();
                await context.SendActivitiesAsync([MessageFactory.Text("bound"), MessageFactory.Text("menu")], ct);
            }
        };
        var dl = new DirectLineClient(_host.CreateClient());
        var conversationId = await dl.StartAsync(startBody);
        // With a user in the token the greeting starts with the conversation; without, with the first post.
        var posting = dl.PostMessageAsync(conversationId, "BABA23", "c1");
        await greetingEntered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await Task.WhenAny(_locks!.FirstWait, messageEntered.Task).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(messageEntered.Task.IsCompleted, "the first message's turn ran while the greeting turn was still running");
        Assert.Equal("directline-turns/" + conversationId, await _locks.FirstWait);
        releaseGreeting.SetResult();
        await posting;
        await _host.Services.GetRequiredService<InFlightTurns>().WhenIdleAsync();

        var (activities, _) = await dl.GetAsync(conversationId, "");
        var botTexts = activities.Where(a => a.GetProperty("from").GetProperty("role").GetString() == "bot").Select(a => a.GetProperty("text").GetString());
        Assert.Equal(["welcome", "consent", "ask code", "bound", "menu"], botTexts);
    }

    [Fact]
    public async Task Stream_sends_each_activity_in_a_frame_of_its_own_in_stored_order_with_its_own_watermark()
    {
        _host.Bot.OnTurn = (context, ct) => context.Activity.Type == ActivityTypes.Message
            ? context.SendActivitiesAsync([MessageFactory.Text("one: " + context.Activity.Text), MessageFactory.Text("two: " + context.Activity.Text)], ct)
            : Task.CompletedTask;
        var dl = new DirectLineClient(_host.CreateClient());
        var conversationId = await dl.StartAsync();
        await dl.PostMessageAsync(conversationId, "a", "c1");
        await dl.PostMessageAsync(conversationId, "b", "c2");
        await _host.Services.GetRequiredService<InFlightTurns>().WhenIdleAsync();
        var (stored, last) = await dl.GetAsync(conversationId, "");
        Assert.Equal(6, stored.Count);

        var ws = _host.Server.CreateWebSocketClient();
        using var socket = await ws.ConnectAsync(new Uri($"ws://localhost/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(dl.Token!)}"), CancellationToken.None);
        var frames = new List<JsonElement>();
        while (frames.Count < stored.Count) frames.Add(await ReceiveSetAsync(socket));

        Assert.All(frames, f => Assert.Single(f.GetProperty("activities").EnumerateArray()));
        Assert.Equal(stored.Select(a => a.GetProperty("id").GetString()), frames.Select(f => f.GetProperty("activities")[0].GetProperty("id").GetString()));
        // Each frame's watermark is its activity's own sequence number: a client reconnecting after any frame resumes right after it.
        Assert.Equal(Enumerable.Range(1, 6).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), frames.Select(f => f.GetProperty("watermark").GetString()));
        Assert.Equal("6", last);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
    }

    private static async Task<JsonElement> ReceiveSetAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var ms = new MemoryStream();
            WebSocketReceiveResult r;
            do
            {
                r = await socket.ReceiveAsync(buffer, cts.Token);
                ms.Write(buffer, 0, r.Count);
            }
            while (!r.EndOfMessage);
            if (ms.Length == 0) continue; // heartbeat
            return JsonDocument.Parse(ms.ToArray()).RootElement.Clone();
        }
    }
}
