using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>
/// Connects the kernel to a channel. The host's adapter sends over the Bot Connector, into the Direct Line
/// queue, or into an expectReplies buffer; the test adapter keeps replies in memory.
/// </summary>
public abstract class BotAdapter
{
    private readonly List<IMiddleware> _middleware = [];

    public IReadOnlyList<IMiddleware> Middleware => _middleware;

    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        _middleware.Add(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Runs a proactive turn in the conversation the reference names (answers days later, reminders).</summary>
    public virtual async Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var context = new TurnContext(this, reference.GetContinuationActivity());
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
    }

    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        try
        {
            await RunMiddlewareAsync(0, turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException)
        {
            await OnTurnError(turnContext, ex).ConfigureAwait(false);
        }
    }

    private Task RunMiddlewareAsync(int index, ITurnContext context, BotCallbackHandler callback, CancellationToken ct)
    {
        if (index == _middleware.Count) return callback(context, ct);
        return _middleware[index].OnTurnAsync(context, next => RunMiddlewareAsync(index + 1, context, callback, next), ct);
    }
}
