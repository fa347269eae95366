namespace LeftBehind.Dialogs.Dialogs;

/// <summary>One step of a waterfall; name them …StepAsync and list them in running order.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> stepContext, CancellationToken cancellationToken)
    where TState : class;
