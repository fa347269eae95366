using System.Collections.Concurrent;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Tests.Bot;

/// <summary>A bot that records each turn's activity and answers messages with "echo: text"; invokes as told.</summary>
public sealed class RecordingBot : IBot
{
    public ConcurrentQueue<Activity> Turns { get; } = new();
    public Func<ITurnContext, CancellationToken, Task>? OnTurn { get; set; }

    /// <summary>Released once per turn, after the bot's replies were sent.</summary>
    public SemaphoreSlim TurnDone { get; } = new(0);

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Turns.Enqueue(turnContext.Activity);
        try
        {
            if (OnTurn is not null) await OnTurn(turnContext, cancellationToken);
            else if (turnContext.Activity.Type == ActivityTypes.Message)
                await turnContext.SendActivityAsync("echo: " + turnContext.Activity.Text, cancellationToken);
        }
        finally
        {
            TurnDone.Release();
        }
    }
}
