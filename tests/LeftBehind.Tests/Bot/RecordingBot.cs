using System.Collections.Concurrent;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Tests.Bot;

/// <summary>A bot that records each turn's activity and answers messages with "echo: text"; invokes as told.</summary>
public sealed class RecordingBot : IBot
{
    public ConcurrentQueue<Activity> Turns { get; } = new();
    public Func<ITurnContext, CancellationToken, Task>? OnTurn { get; set; }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Turns.Enqueue(turnContext.Activity);
        if (OnTurn is not null)
        {
            await OnTurn(turnContext, cancellationToken);
            return;
        }
        if (turnContext.Activity.Type == ActivityTypes.Message)
            await turnContext.SendActivityAsync("echo: " + turnContext.Activity.Text, cancellationToken);
    }
}
