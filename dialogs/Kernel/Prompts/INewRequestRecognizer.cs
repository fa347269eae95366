using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>
/// Decides whether a message a prompt did not recognise is a clear new request of its own ("给孩子写封信" typed at
/// "要把这句话转给老师吗？"), not a typo, noise or a try at the answer. The kernel knows no intents: the application
/// composes one from its understanding of messages and puts it in the turn (<see cref="Kernel.KernelTurnState.SetNewRequestRecognizer"/>).
/// When it says yes, the prompt says what became of what waited (<see cref="PromptOptions.NewRequestNotice"/>), the
/// whole stack ends and the root dialog starts again on the same message; otherwise the prompt asks again as before.
/// </summary>
public interface INewRequestRecognizer
{
    /// <param name="dc">The waiting prompt's dialog context: the stack shows which flows run.</param>
    Task<bool> IsNewRequestAsync(DialogContext dc, CancellationToken cancellationToken);

    /// <summary>
    /// True when the message only asks again, in the words of a menu, for a flow that already runs ("寄信" at the
    /// letter's own "写给哪个孩子？"): no answer and no new request, so a question may simply be asked again.
    /// </summary>
    bool AsksForRunningFlow(DialogContext dc) => false;
}
