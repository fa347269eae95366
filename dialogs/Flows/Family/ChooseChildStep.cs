using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// The opening every child-specific flow shares: ask which child (<see cref="ChooseChildDialog"/>), end the flow when
/// none was chosen, else keep the child in the step state and go on with the flow's own steps.
/// </summary>
internal static class ChooseChildStep
{
    /// <param name="ask">What to ask (and anything the flow records from its options first).</param>
    /// <param name="keep">The step state with the chosen child in it.</param>
    /// <param name="steps">The flow's steps after the choice; the first runs in the same turn as the choice.</param>
    public static WaterfallStep<TState>[] Then<TState>(
        Func<WaterfallStepContext<TState>, ChooseChildOptions> ask, Func<TState, ChildChoice, TState> keep, params WaterfallStep<TState>[] steps)
        where TState : class
    {
        return [ChooseChildStepAsync, .. steps.Select((s, i) => i == 0 ? Chosen(s) : s)];

        Task<DialogTurnResult> ChooseChildStepAsync(WaterfallStepContext<TState> step, CancellationToken ct) =>
            step.BeginDialogAsync(ChooseChildDialog.Name, ask(step), ct);

        WaterfallStep<TState> Chosen(WaterfallStep<TState> next) => (step, ct) =>
        {
            if (step.Result is not ChildChoice child) return step.EndDialogAsync(null, ct);
            step.Values = keep(step.Values, child);
            return next(step, ct);
        };
    }
}
