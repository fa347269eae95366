using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// What the <see cref="ITurnInterceptor"/>s know about a bound person's message: who wrote it, the analyzer's reading,
/// and where the conversation stands (nothing waiting, at a menu, or inside a flow that collects content).
/// </summary>
internal sealed class InterceptedTurn(DialogContext dialogContext, CurrentUser user, TextAnalysis? analysis, bool idle, bool atMenu, bool collectsContent)
{
    public DialogContext DialogContext { get; } = dialogContext;

    public ITurnContext Context => DialogContext.Context;

    public CurrentUser User { get; } = user;

    public TextAnalysis? Analysis { get; } = analysis;

    /// <summary>No question waits for an answer: the message begins the conversation's turn.</summary>
    public bool Idle { get; } = idle;

    /// <summary>Nothing waits, or what waits is a role menu's own question.</summary>
    public bool AtMenu { get; } = atMenu;

    /// <summary>The waiting question takes free text as content (a letter, an answer, a note): it is kept as written.</summary>
    public bool CollectsContent { get; } = collectsContent;

    /// <summary>The waiting question is a yes/no question (an offer, a confirmation).</summary>
    public bool WaitsForYesNo { get; init; }

    /// <summary>Set once this message was reported as a child left without care, so it is not also taken as emergency talk.</summary>
    public bool GapReported { get; set; }

    /// <summary>True when a dialog with <paramref name="dialogId"/> runs anywhere in the stack, inner stacks included.</summary>
    public bool Runs(string dialogId) => Contains(DialogContext.Stack, dialogId);

    /// <summary>The message was answered: idle the turn is complete; inside a flow the question goes on waiting.</summary>
    public DialogTurnResult Handled => Idle ? new DialogTurnResult(DialogTurnStatus.Complete) : Dialog.EndOfTurn;

    /// <summary>The message was answered inside a flow: its question is asked again and waits.</summary>
    public async Task<DialogTurnResult> AskAgainAsync(CancellationToken cancellationToken)
    {
        if (!Idle) await DialogContext.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return Handled;
    }

    /// <summary>
    /// Begins <paramref name="dialogId"/> above the waiting question, which is asked again once that dialog is done (an
    /// aside such as "小红呢" while "现在帮您办吗？" waits).
    /// </summary>
    public Task<DialogTurnResult> AsideAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Whatever waited is moot: the stack is cleared (nothing to clear when idle).</summary>
    public async Task LeaveWaitingQuestionAsync(CancellationToken cancellationToken)
    {
        if (!Idle) await DialogContext.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool Contains(IEnumerable<DialogInstance> stack, string id) =>
        stack.Any(i => i.Id == id || (i.Dialogs is { } inner && Contains(inner.DialogStack, id)));
}
