using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// Which child: skipped when the person has one; a numbered list for a family; a typed name for a teacher's class.
/// Only children the access policy shows are offered, so an unknown name and a name in another class read the same.
/// Ends with the child id, or null.
/// </summary>
internal sealed class ChooseChildDialog : ComponentDialog
{
    public const string Name = nameof(ChooseChildDialog);
    private const int ListLimit = 8;
    private readonly IChildrenService _children;

    public ChooseChildDialog(IChildrenService children) : base(Name)
    {
        _children = children;
        AddDialog(new WaterfallDialog<ChooseChildState>("steps", [ListChildrenStepAsync, PickChildStepAsync]));
        AddDialog(new ChoicePrompt("child"));
        InitialDialogId = "steps";
    }

    private async Task<DialogTurnResult> ListChildrenStepAsync(WaterfallStepContext<ChooseChildState> step, CancellationToken ct)
    {
        var actor = FamilyTurn.User(step.Context).Actor;
        var options = step.GetOptions<ChooseChildOptions>() ?? new ChooseChildOptions(string.Empty);
        if (options.ChildId is { } given && await _children.GetChildAsync(actor, given, ct).ConfigureAwait(false) is { } child)
            return await step.EndDialogAsync(child.Id, ct).ConfigureAwait(false);

        var list = await _children.GetChildrenAsync(actor, ct).ConfigureAwait(false);
        if (list.Count == 0)
        {
            await step.Context.SendActivityAsync(EmergencyText.Get(step.Context, "NoChildren"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        if (list.Count == 1) return await step.EndDialogAsync(list[0].Id, ct).ConfigureAwait(false);

        step.Values = step.Values with { ChildIds = list.Select(c => c.Id).ToList() };
        var titles = list.Select(c => list.Count(o => o.Name == c.Name) > 1 ? EmergencyText.Get(step.Context, "ChildInClass", c.Name, c.ClassName) : c.Name).ToList();
        if (list.Count <= ListLimit) return await step.PromptAsync("child", NumberedMenu.Options(step.Context, options.Question, titles), ct).ConfigureAwait(false);

        var ask = options.Question + "\n" + EmergencyText.Get(step.Context, "TypeChildName");
        return await step.PromptAsync("child", new PromptOptions
        {
            Prompt = MessageFactory.Text(ask),
            RetryPrompt = MessageFactory.Text(EmergencyText.Get(step.Context, "ChildNotFound") + "\n" + ask),
            Choices = titles.Select(t => new Choice(t)).ToList(),
            Style = ListStyle.None,
        }, ct).ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> PickChildStepAsync(WaterfallStepContext<ChooseChildState> step, CancellationToken ct) =>
        step.EndDialogAsync(step.Result is FoundChoice found && found.Index < step.Values.ChildIds.Count ? step.Values.ChildIds[found.Index] : null, ct);
}
