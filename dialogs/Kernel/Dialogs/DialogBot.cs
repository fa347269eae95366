using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Dialogs;

/// <summary>
/// An ActivityHandler whose every turn runs through <see cref="TurnRunner"/> (lock, load, run, save, retry) and
/// whose messages go to the root dialog. Role flows derive from it to greet new members or handle events.
/// </summary>
public class DialogBot(TurnRunner runner, KernelAccessors accessors, RootDialog? rootDialog = null) : ActivityHandler
{
    protected KernelAccessors Accessors { get; } = accessors;

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        runner.RunAsync(turnContext, RouteAsync, cancellationToken);

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await RunRootDialogAsync(turnContext, cancellationToken).ConfigureAwait(false);

    /// <summary>Continues the conversation's dialog stack, or starts the root dialog.</summary>
    protected Task<DialogTurnResult> RunRootDialogAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        rootDialog is null
            ? Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty))
            : rootDialog.Dialog.RunAsync(turnContext, Accessors.DialogState, cancellationToken);

    private Task RouteAsync(ITurnContext turnContext, CancellationToken cancellationToken) => base.OnTurnAsync(turnContext, cancellationToken);
}
