using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Asks once whether to alert everyone ("要马上通知全家和老师吗？") when the analyzer is unsure, or when a letter, an
/// answer or a note spoke of danger. A false alarm broadcast to a family is a defect too, so only "yes" raises.
/// </summary>
internal sealed class ConfirmEmergencyDialog : ComponentDialog
{
    public const string Name = nameof(ConfirmEmergencyDialog);
    private const string AskPrompt = "ask";

    public ConfirmEmergencyDialog() : base(Name)
    {
        AddDialog(new WaterfallDialog("steps", [AskStepAsync, DecideStepAsync]));
        AddDialog(new ConfirmPrompt(AskPrompt));
        InitialDialogId = "steps";
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<NoStepState> step, CancellationToken ct)
    {
        var options = step.GetOptions<ConfirmEmergencyOptions>();
        var key = options?.AfterContent == true ? "ConfirmEmergencyAfterContent" : "ConfirmEmergency";
        return step.PromptAsync(AskPrompt, new PromptOptions { Prompt = MessageFactory.Text(ConversationText.Strings.Get(step.Context, key)) }, ct);
    }

    private static async Task<DialogTurnResult> DecideStepAsync(WaterfallStepContext<NoStepState> step, CancellationToken ct)
    {
        var options = step.GetOptions<ConfirmEmergencyOptions>();
        if (step.Result is true && options is not null)
            return await step.ReplaceDialogAsync(RoleFlowDialogs.RaiseEmergency, RoleFlowDialogs.EmergencyOptions(options.Text, null), ct).ConfigureAwait(false);
        await step.Context.SendActivityAsync(ConversationText.Strings.Get(step.Context, "EmergencyNotRaised"), ct).ConfigureAwait(false);
        return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
    }
}
