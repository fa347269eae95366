using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Tests.Kernel;

/// <summary>
/// Like the root dialog for a sender nobody knows: reads the profile (its defaults), answers once and ends. With
/// <see cref="RememberLocale"/> set, "繁體" also stores a language choice: a real change.
/// </summary>
internal sealed class AnswerOnceDialog : ComponentDialog
{
    private readonly KernelAccessors _accessors;

    public AnswerOnceDialog(KernelAccessors accessors) : base(nameof(AnswerOnceDialog))
    {
        _accessors = accessors;
        AddDialog(new WaterfallDialog("steps", [AnswerStepAsync]));
        InitialDialogId = "steps";
    }

    public bool RememberLocale { get; init; }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext<NoStepState> step, CancellationToken ct)
    {
        var profile = await _accessors.Profile.GetAsync(step.Context, () => new UserProfile(), ct);
        if (RememberLocale && step.Context.Activity.Text == "繁體") profile.Locale = Locales.ZhTw;
        await step.Context.SendActivityAsync("请先输入老师给您的邀请码。", ct);
        return await step.EndDialogAsync(null, ct);
    }
}
