using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Tests.Kernel;

/// <summary>A root dialog resolved from DI that stores the user's language in the profile.</summary>
internal sealed class ChooseLanguageDialog : InterruptibleDialog
{
    private readonly KernelAccessors _accessors;

    public ChooseLanguageDialog(KernelAccessors accessors) : base(nameof(ChooseLanguageDialog))
    {
        _accessors = accessors;
        AddDialog(new WaterfallDialog("steps", [AskLanguageStepAsync, SaveLanguageStepAsync]));
        AddDialog(new ChoicePrompt("language"));
    }

    private static Task<DialogTurnResult> AskLanguageStepAsync(WaterfallStepContext<NoStepState> step, CancellationToken ct) =>
        step.PromptAsync("language", new PromptOptions
        {
            Prompt = MessageFactory.Text("Language / 语言"),
            Choices = [new Choice("简体中文"), new Choice("繁體中文"), new Choice("English")],
        }, ct);

    private async Task<DialogTurnResult> SaveLanguageStepAsync(WaterfallStepContext<NoStepState> step, CancellationToken ct)
    {
        var choice = (FoundChoice)step.Result!;
        var profile = await _accessors.Profile.GetAsync(step.Context, () => new UserProfile(), ct);
        profile.Locale = choice.Index switch { 0 => Locales.ZhCn, 1 => Locales.ZhTw, _ => Locales.En };
        await step.Context.SendActivityAsync("OK", ct);
        return await step.EndDialogAsync(null, ct);
    }
}
