using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;

namespace LeftBehind.Tests.Kernel;

/// <summary>Asks for an answer, then fails on whatever it gets (a step with a bug, as a date check that threw).</summary>
internal sealed class FailingStepDialog : ComponentDialog
{
    public FailingStepDialog() : base(nameof(FailingStepDialog))
    {
        AddDialog(new WaterfallDialog("steps", [AskStepAsync, FailStepAsync]));
        AddDialog(new TextPrompt("answer"));
        InitialDialogId = "steps";
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<NoStepState> step, CancellationToken ct) =>
        step.PromptAsync("answer", new PromptOptions { Prompt = MessageFactory.Text("哪天？") }, ct);

    private static Task<DialogTurnResult> FailStepAsync(WaterfallStepContext<NoStepState> step, CancellationToken ct) =>
        throw new InvalidOperationException("a step with a bug");
}
