using System.Threading.Channels;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Kernel;

public sealed class MiddlewareTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Slow_turns_show_typing_after_the_delay_and_every_period_until_they_end()
    {
        var time = new FakeTimeProvider();
        var adapter = new RecordingAdapter();
        adapter.Use(new ShowTypingMiddleware(time, Options.Create(new KernelOptions())));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var activity = new Activity { Type = ActivityTypes.Message, Text = "hi", ChannelId = "test", Conversation = new() { Id = "c" }, From = new() { Id = "u" }, Recipient = new() { Id = "b" } };

        var turn = adapter.RunAsync(activity, async (ctx, ct) =>
        {
            await release.Task;
            await ctx.SendActivityAsync("done", ct);
        });
        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(adapter.Sent.Reader.TryRead(out _));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(ActivityTypes.Typing, (await adapter.Sent.Reader.ReadAsync().AsTask().WaitAsync(Patience)).Type);
        time.Advance(TimeSpan.FromMilliseconds(2000));
        Assert.Equal(ActivityTypes.Typing, (await adapter.Sent.Reader.ReadAsync().AsTask().WaitAsync(Patience)).Type);

        release.SetResult();
        await turn.WaitAsync(Patience);
        Assert.Equal("done", (await adapter.Sent.Reader.ReadAsync().AsTask().WaitAsync(Patience)).Text);
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.False(adapter.Sent.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Fast_turns_show_no_typing()
    {
        var time = new FakeTimeProvider();
        var adapter = new RecordingAdapter();
        adapter.Use(new ShowTypingMiddleware(time, Options.Create(new KernelOptions())));
        var activity = new Activity { Type = ActivityTypes.Message, Text = "hi", ChannelId = "test", Conversation = new() { Id = "c" }, From = new() { Id = "u" }, Recipient = new() { Id = "b" } };
        await adapter.RunAsync(activity, (ctx, ct) => ctx.SendActivityAsync("done", ct));
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("done", (await adapter.Sent.Reader.ReadAsync()).Text);
        Assert.False(adapter.Sent.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Members_added_skips_the_bot_and_invoke_leaves_its_response_for_the_host()
    {
        var adapter = new RecordingAdapter();
        var bot = new GreetingBot();
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate, ChannelId = "test", Conversation = new() { Id = "c" }, From = new() { Id = "u" }, Recipient = new() { Id = "bot" },
            MembersAdded = [new() { Id = "bot" }, new() { Id = "u" }],
        };
        await adapter.RunAsync(update, bot.OnTurnAsync);
        Assert.Equal("welcome u", (await adapter.Sent.Reader.ReadAsync()).Text);

        var botOnly = update with { MembersAdded = [new() { Id = "bot" }] };
        await adapter.RunAsync(botOnly, bot.OnTurnAsync);
        Assert.False(adapter.Sent.Reader.TryRead(out _));

        var invoke = update with { Type = ActivityTypes.Invoke, Name = "test/ping", MembersAdded = null };
        var context = await adapter.RunAsync(invoke, bot.OnTurnAsync);
        var response = Assert.IsType<InvokeResponse>(context.TurnState[ActivityHandler.InvokeResponseKey]);
        Assert.Equal(200, response.Status);
    }

    private sealed class GreetingBot : ActivityHandler
    {
        protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
        {
            foreach (var m in membersAdded) await turnContext.SendActivityAsync($"welcome {m.Id}", cancellationToken);
        }

        protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            Task.FromResult(new InvokeResponse(200, new { pong = turnContext.Activity.Name }));
    }

    /// <summary>An adapter that hands every send to the test through a channel, so the test waits on a signal.</summary>
    private sealed class RecordingAdapter : BotAdapter
    {
        public Channel<Activity> Sent { get; } = Channel.CreateUnbounded<Activity>();

        public async Task<ITurnContext> RunAsync(Activity activity, BotCallbackHandler callback)
        {
            var context = new TurnContext(this, activity);
            await RunPipelineAsync(context, callback, CancellationToken.None);
            return context;
        }

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
        {
            foreach (var a in activities) Sent.Writer.TryWrite(a);
            return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("n"))).ToArray());
        }

        public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            Task.FromResult<ResourceResponse?>(null);

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
