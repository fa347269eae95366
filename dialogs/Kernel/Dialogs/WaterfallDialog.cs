using System.Text.Json;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Dialogs;

/// <summary>
/// Steps run in order, one per user answer. <typeparamref name="TState"/> is the dialog's own record of what it
/// collected; it is stored with the dialog instance and survives restarts.
/// </summary>
public class WaterfallDialog<TState>(string id, IEnumerable<WaterfallStep<TState>>? steps = null) : Dialog(id)
    where TState : class
{
    private readonly List<WaterfallStep<TState>> _steps = steps?.ToList() ?? [];

    /// <summary>A fresh state: "{}" deserialised, so positional records get their parameters' defaults.</summary>
    private static TState NewState() => JsonSerializer.Deserialize<TState>("{}", BotJson.Options)!;

    public WaterfallDialog<TState> AddStep(WaterfallStep<TState> step)
    {
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        instance.StepIndex = 0;
        instance.State = null;
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, options, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        // Non-message activities (typing, events) do not advance a waterfall that waits on the user.
        if (dc.Context.Activity.Type != ActivityTypes.Message) return Task.FromResult(EndOfTurn);
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var next = dc.ActiveDialog!.StepIndex + 1;
        return RunStepAsync(dc, next, reason, result, null, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, object? liveOptions, CancellationToken ct)
    {
        if (index >= _steps.Count) return await dc.EndDialogAsync(result, ct).ConfigureAwait(false);
        var instance = dc.ActiveDialog!;
        instance.StepIndex = index;
        var values = (instance.State is { } json ? json.Deserialize<TState>(BotJson.Options) : null) ?? NewState();
        var step = new WaterfallStepContext<TState>(this, dc, values, liveOptions, index, reason, result);
        var turn = await _steps[index](step, ct).ConfigureAwait(false);
        step.Flush();
        return turn;
    }
}
