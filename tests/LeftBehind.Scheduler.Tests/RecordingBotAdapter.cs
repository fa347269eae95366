using System.Collections.Concurrent;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Tests.Scheduler;

/// <summary>
/// The local Bot Connector sink for tests: a real BotAdapter whose sends land in a list. It can be told to fail
/// (as a channel that is down would) so retries and dead letters are exercised through the real dispatcher.
/// </summary>
internal sealed class RecordingBotAdapter : BotAdapter
{
    private readonly ConcurrentQueue<SentActivity> _sent = new();
    private int _failuresLeft;

    public IReadOnlyList<SentActivity> Sent => _sent.ToArray();

    /// <summary>The next <paramref name="count"/> sends throw, as an unreachable connector does.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    public Func<Activity, bool>? FailWhen { get; set; }

    public event Action<SentActivity>? OnSent;

    public IReadOnlyList<SentActivity> For(string userId) => Sent.Where(s => s.Activity.Recipient?.Id == userId).ToList();

    /// <summary>
    /// Runs after a send was recorded, before the adapter returns: a test can hold the dispatcher here, where the
    /// channel already has the message and the outbox does not know it yet.
    /// </summary>
    public Func<SentActivity, CancellationToken, Task>? AfterRecorded { get; set; }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0) throw new HttpRequestException("connector unavailable");
        var responses = new List<ResourceResponse>();
        foreach (var a in activities)
        {
            if (FailWhen?.Invoke(a) == true) throw new HttpRequestException("connector refused this conversation");
            var sent = new SentActivity(a, OutboxKeyOf(a));
            _sent.Enqueue(sent);
            OnSent?.Invoke(sent);
            if (AfterRecorded is { } after) await after(sent, cancellationToken);
            responses.Add(new ResourceResponse(Guid.NewGuid().ToString("n")));
        }

        return responses.ToArray();
    }

    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult<ResourceResponse?>(null);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) => Task.CompletedTask;

    private static string? OutboxKeyOf(Activity a) =>
        a.ChannelData is { } data && data.TryGetProperty("outboxKey", out var key) ? key.GetString() : null;
}
