using LeftBehind.Dialogs.Notifications;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// Tell the child's parents something: a ready-made sentence picked by number (no typing needed) or the guardian's
/// own words. Each parent gets it in their own conversation, and it counts as contact (Minors Protection Law Art. 23).
/// Words already said when asking (告诉他爸 娃想他了, <see cref="TellParentsRequest"/>) are not asked for again: they
/// are said back once and sent only on a yes.
/// </summary>
internal sealed class SendParentMessageDialog(ChooseChildDialog chooseChild, IChildrenService children, ICallHomeService contacts, IProactiveMessenger messenger, ChatReach reach, ILogger<SendParentMessageDialog> log)
    : ChildFlowDialog<SendParentMessageState>(Name, chooseChild, new ChoicePrompt("message", ChoiceOrOwnWordsAsync), new TextPrompt("words", (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded && !PuzzledAnswer.Matches(prompt.Recognized.Value))),
        new ChoicePrompt("confirm"))
{
    public const string Name = nameof(SendParentMessageDialog);
    private const int MaxLength = 500;
    private const int MinOwnWords = 6;
    private static readonly string[] Canned = ["CannedAllWell", "CannedMissesYou", "CannedPleaseCall", "CannedNeedToTalk"];

    protected override IEnumerable<WaterfallStep<SendParentMessageState>> Steps => [AskMessageStepAsync, AskOwnWordsStepAsync, ConfirmReadWordsStepAsync, SendMessageStepAsync];

    protected override ChooseChildOptions WhichChild(WaterfallStepContext<SendParentMessageState> step)
    {
        var options = step.GetOptions<SendParentMessageOptions>();
        step.Values = step.Values with { ReadWords = options?.Words };
        return new(GuardianText.Get(step.Context, "MessageWhichChild")) { Text = options?.Text };
    }

    protected override SendParentMessageState WithChild(SendParentMessageState state, ChildChoice child) => state with { ChildId = child.Id };

    protected override int? ChildOf(SendParentMessageState state) => state.ChildId;

    private static Task<DialogTurnResult> AskMessageStepAsync(WaterfallStepContext<SendParentMessageState> step, CancellationToken ct)
    {
        if (step.Values.ReadWords is not null) return step.NextAsync(null, ct);
        var titles = GuardianText.Titles(step.Context, [.. Canned, "CannedOwnWords"]);
        return step.PromptAsync("message", NumberedMenu.Options(step.Context, GuardianText.Get(step.Context, "MessageWhat"), titles), ct);
    }

    private static Task<DialogTurnResult> AskOwnWordsStepAsync(WaterfallStepContext<SendParentMessageState> step, CancellationToken ct)
    {
        if (step.Values.ReadWords is not null) return step.NextAsync(null, ct);
        if (step.Result is not FoundChoice found)
            return OwnWords(step.Context) is { } words ? step.NextAsync(words, ct) : step.EndDialogAsync(null, ct);
        if (found.Index < Canned.Length)
        {
            step.Values = step.Values with { CannedName = Canned[found.Index] };
            return step.NextAsync(null, ct);
        }
        return step.PromptAsync("words", new PromptOptions { Prompt = MessageFactory.Text(GuardianText.Get(step.Context, "MessageSayIt")), MaxLength = MaxLength }, ct);
    }

    /// <summary>Words read from the message that asked are said back once: "把“娃想他了”告诉孩子爸妈，好吗？" 1 好 2 不用.</summary>
    private static Task<DialogTurnResult> ConfirmReadWordsStepAsync(WaterfallStepContext<SendParentMessageState> step, CancellationToken ct)
    {
        if (step.Values.ReadWords is not { } words) return step.NextAsync(step.Result, ct);
        var question = GuardianText.Get(step.Context, "MessageConfirmWords", words);
        return step.PromptAsync("confirm", NumberedMenu.Options(step.Context, question, GuardianText.Titles(step.Context, "MessageYes", "MessageNo")), ct);
    }

    /// <summary>A number or title picks a sentence; a sentence of his own typed instead is what he wants to say.</summary>
    private static Task<bool> ChoiceOrOwnWordsAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded || OwnWords(prompt.Context) is not null);

    /// <summary>
    /// "他说想爸爸了，过年早点回来" where 1–4 and 5 我自己说 are offered: his own words, not "没有这个选项". Not a number, a
    /// word or two, or a plain leave request or emergency (those are the school's, and go their own way).
    /// </summary>
    internal static string? OwnWords(ITurnContext context)
    {
        var text = context.Activity.Text?.Trim();
        // "告诉他爸 娃想他了" typed here: what he wants said is the words after the asking.
        if (TellParentsRequest.Matches(text, out var said)) text = said;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || TextNormalizer.Compact(text).Length < MinOwnWords || NumberRecognizer.TryRecognizeWhole(text, out _))
            return null;
        if (TurnAnalysis.Get(context) is { } analysis && (analysis.Urgent || (ClearNewRequest.ReadsPlainlyAsRequest(analysis) && analysis.Intent == Understanding.Intents.LeaveRequest)))
            return null;
        return text;
    }

    private async Task<DialogTurnResult> SendMessageStepAsync(WaterfallStepContext<SendParentMessageState> step, CancellationToken ct)
    {
        var canned = step.Values.CannedName;
        var words = step.Result as string;
        if (step.Values.ReadWords is { } read)
        {
            if (step.Result is not FoundChoice answer) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            if (answer.Index != 0)
            {
                await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "MessageNotSent"), ct).ConfigureAwait(false);
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            }
            words = read;
        }
        if ((canned is null && words is null) || step.Values.ChildId is not { } childId) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var user = FamilyTurn.User(step.Context);
        var family = await children.GetFamilyAsync(user.Actor, childId, ct).ConfigureAwait(false);
        var parents = family?.Parents.ToList() ?? [];
        if (family is null || parents.Count == 0)
        {
            await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "MessageNoParents"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var key = FamilyTurn.MessageKey(step.Context);
        foreach (var parent in parents)
        {
            await messenger.SendAsync(parent.Id, FamilyNotifications.MessageToParent(key, parent.Id, user.Person.Name, family.ChildName, c => canned is null ? words! : GuardianText.Get(c, canned)) with { WrittenBy = user.Person.PersonId }, ct).ConfigureAwait(false);
            await contacts.LogContactAsync(Actor.Parent(parent.Id), childId, ContactKind.Message, ct).ConfigureAwait(false);
        }
        log.LogInformation("Guardian {PersonId} passed a message about child {ChildId} to {Parents} parents", user.Person.PersonId, childId, parents.Count);
        var culture = ResxText.CultureOf(step.Context.Locale);
        // Only who has a chat (and has agreed) got it now; the others get it later: never "已经告诉" for them.
        // A parent who unfollowed the WeChat account is named as such, never as 还没开通.
        var (now, later, left) = await reach.SplitWithLeftAsync(parents, p => p.Id, ct).ConfigureAwait(false);
        var told = now.Count == 0 ? (later.Count > 0 || left.Count == 0 ? GuardianText.Get(step.Context, "MessageHeldAll", FamilyText.List(culture, later.Select(p => p.Name))) : string.Empty)
            : later.Count == 0 ? GuardianText.Get(step.Context, "MessageSent", FamilyText.List(culture, now.Select(p => p.Name)))
            : GuardianText.Get(step.Context, "MessageSentLater", FamilyText.List(culture, now.Select(p => p.Name)), FamilyText.List(culture, later.Select(p => p.Name)));
        if (left.Count > 0) told += GuardianText.Get(step.Context, "MessageUnfollowed", FamilyText.List(culture, left.Select(p => p.Name)));
        await step.Context.SendActivityAsync(told, ct).ConfigureAwait(false);
        return await step.EndDialogAsync(true, ct).ConfigureAwait(false);
    }
}
