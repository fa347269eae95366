using LeftBehind.Dialogs.Notifications;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// 两地书: the child's reply, typed or photographed by the teacher (or guardian), is stored and reaches each parent
/// in their own conversation, the photo attached.
/// </summary>
internal sealed class EnterReplyLetterDialog : ComponentDialog
{
    public const string Name = nameof(EnterReplyLetterDialog);
    private const int MaxLength = 4000;
    private readonly ILetterService _letters;
    private readonly IChildrenService _children;
    private readonly IProactiveMessenger _messenger;
    private readonly ILogger<EnterReplyLetterDialog> _log;

    public EnterReplyLetterDialog(ChooseChildDialog chooseChild, ILetterService letters, IChildrenService children, IProactiveMessenger messenger, ILogger<EnterReplyLetterDialog> log) : base(Name)
    {
        _letters = letters;
        _children = children;
        _messenger = messenger;
        _log = log;
        AddDialog(new WaterfallDialog<EnterReplyLetterState>("steps", ChooseChildStep.Then<EnterReplyLetterState>(WhichChild, (s, child) => s with { ChildId = child.Id }, AskLetterStepAsync, SaveLetterStepAsync)));
        AddDialog(chooseChild);
        AddDialog(new LetterContentPrompt("letter"));
        InitialDialogId = "steps";
    }

    private static ChooseChildOptions WhichChild(WaterfallStepContext<EnterReplyLetterState> step) =>
        new(FamilyText.Get(step.Context, "LetterWhichChild"));

    private static Task<DialogTurnResult> AskLetterStepAsync(WaterfallStepContext<EnterReplyLetterState> step, CancellationToken ct)
    {
        return step.PromptAsync("letter", new PromptOptions { Prompt = MessageFactory.Text(FamilyText.Get(step.Context, "LetterAsk")), MaxLength = MaxLength }, ct);
    }

    private async Task<DialogTurnResult> SaveLetterStepAsync(WaterfallStepContext<EnterReplyLetterState> step, CancellationToken ct)
    {
        if (step.Result is not LetterContent content || step.Values.ChildId is not { } childId) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var actor = FamilyTurn.User(step.Context).Actor;
        LetterInfo letter;
        try
        {
            letter = await _letters.WriteAsync(actor, childId, LetterDirection.FromChild, content.Text, content.PhotoUrl, content.PhotoContentType, ct).ConfigureAwait(false);
        }
        catch (ArchiveException)
        {
            await step.Context.SendActivityAsync(FamilyText.Get(step.Context, "ChildNotFound"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var family = await _children.GetFamilyAsync(actor, childId, ct).ConfigureAwait(false);
        var parents = family?.Parents.ToList() ?? [];
        var childName = family?.ChildName ?? string.Empty;
        foreach (var parent in parents)
        {
            await _messenger.SendAsync(parent.Id, FamilyNotifications.ChildReplyLetter(parent.Id, letter.Id, childName, content.Text, content.PhotoUrl, content.PhotoContentType), ct).ConfigureAwait(false);
        }
        _log.LogInformation("Reply letter {LetterId} for child {ChildId} sent to {Parents} parents", letter.Id, childId, parents.Count);
        await step.Context.SendActivityAsync(FamilyText.Get(step.Context, parents.Count > 0 ? "LetterSaved" : "LetterSavedNoParents"), ct).ConfigureAwait(false);
        return await step.EndDialogAsync(letter.Id, ct).ConfigureAwait(false);
    }
}
