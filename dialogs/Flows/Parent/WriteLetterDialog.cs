using LeftBehind.Dialogs.Notifications;
using System.Text;
using System.Text.RegularExpressions;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// 两地书: write a letter over several messages, see it once more, send it — it goes to the guardian and the paired
/// teacher to read or print for the child — or list the letters exchanged.
/// </summary>
internal sealed class WriteLetterDialog : ComponentDialog
{
    public const string Name = nameof(WriteLetterDialog);
    public const int ListedLetters = 5;
    private const string ActionPrompt = "action";
    private const string PreviewPrompt = "preview";
    private readonly ILetterService _letters;
    private readonly IChildrenService _children;
    private readonly IProactiveMessenger _messenger;

    private readonly ChatReach _reach;
    private readonly ParentAccessors _accessors;

    public WriteLetterDialog(ILetterService letters, IChildrenService children, ChooseChildDialog chooseChild, IProactiveMessenger messenger, ChatReach reach,
        ParentAccessors accessors) : base(Name)
    {
        _letters = letters;
        _children = children;
        _messenger = messenger;
        _reach = reach;
        _accessors = accessors;
        AddDialog(new WaterfallDialog<WriteLetterState>("steps", ChooseChildStep.Then<WriteLetterState>(WhichChild, (s, child) => s with { Child = child }, ChooseActionStepAsync, ComposeStepAsync, PreviewStepAsync, SendLetterStepAsync)));
        AddDialog(chooseChild);
        AddDialog(new ComposeLetterDialog());
        AddDialog(new ChoicePrompt(ActionPrompt, AcceptsChoiceOrOpeningAsync));
        AddDialog(new ChoicePrompt(PreviewPrompt));
    }

    /// <summary>
    /// 寄信 (or any letter request naming no child) with a letter kept unsent (<see cref="LetterDraft"/>): that letter's
    /// child is the one meant.
    /// </summary>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        if (options is ParentFlowOptions { ChildId: null, OtherwiseChildId: null } given
            && await KeptLetterAsync(outerDc.Context, cancellationToken).ConfigureAwait(false) is { } draft)
            options = given with { OtherwiseChildId = draft.ChildId };
        return await base.BeginDialogAsync(outerDc, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The letter kept unsent, while it is kept; an older one is forgotten here.</summary>
    private async Task<LetterDraft?> KeptLetterAsync(ITurnContext context, CancellationToken ct)
    {
        var memory = await _accessors.Memory.GetAsync(context, () => new ParentMemory(), ct).ConfigureAwait(false);
        if (memory.LetterDraft is { } draft && !draft.KeptAtTime(KernelTurnState.GetTimeProvider(context).GetUtcNow())) memory.LetterDraft = null;
        return memory.LetterDraft;
    }

    private async Task KeepLetterAsync(ITurnContext context, LetterDraft? draft, CancellationToken ct)
    {
        var memory = await _accessors.Memory.GetAsync(context, () => new ParentMemory(), ct).ConfigureAwait(false);
        memory.LetterDraft = draft;
    }

    private static ChooseChildOptions WhichChild(WaterfallStepContext<WriteLetterState> step)
    {
        var options = step.GetOptions<ParentFlowOptions>();
        step.Values = step.Values with { Text = options?.Text };
        return ParentChildQuestion.For(step.Context, options, question: "LetterWhichChild");
    }

    private async Task<DialogTurnResult> ChooseActionStepAsync(WaterfallStepContext<WriteLetterState> step, CancellationToken ct)
    {
        var child = step.Values.Child!;
        // "给小明写信：小明，爸爸想你了": the first lines are kept. A bare "给小明写封信" still gets the two numbered
        // choices: parents have learnt to answer it with "1", which must not become the letter's first line.
        if (LetterOpening.Content(step.Values.Text) is { } opening) return await step.NextAsync(new ComposeLetterState { Parts = [opening] }, ct).ConfigureAwait(false);
        if (LinesAtWhichChild(step) is { } lines) return await step.NextAsync(new ComposeLetterState { Parts = [lines] }, ct).ConfigureAwait(false);
        // The letter kept unsent for this child is shown again for its last look; one left while being written is taken
        // up again (写信), unless the parent asks to send it (寄信).
        if (await KeptLetterAsync(step.Context, ct).ConfigureAwait(false) is { } draft && draft.ChildId == child.Id)
        {
            return draft.Unfinished && !ComposeLetterDialog.SaysDone(step.Context.Activity.Text)
                ? await step.NextAsync(new ComposeLetterState { Parts = [draft.Text], ChildName = child.Name, Resumed = true }, ct).ConfigureAwait(false)
                : await step.NextAsync(draft, ct).ConfigureAwait(false);
        }
        var t = ParentText.Strings;
        return await step.PromptAsync(ActionPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(t.Get(step.Context, "LetterWhat", child.Name)),
            Choices = [new Choice(t.Get(step.Context, "LetterWrite")), new Choice(t.Get(step.Context, "LetterList"))],
        }, ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ComposeStepAsync(WaterfallStepContext<WriteLetterState> step, CancellationToken ct)
    {
        switch (step.Result)
        {
            case FoundChoice { Index: 0 }:
                return await step.BeginDialogAsync(ComposeLetterDialog.Name, new ComposeLetterState { ChildName = step.Values.Child!.Name }, ct).ConfigureAwait(false);
            case ComposeLetterState opening:
                return await step.BeginDialogAsync(ComposeLetterDialog.Name, opening with { ChildName = step.Values.Child!.Name }, ct).ConfigureAwait(false);
            case LetterDraft kept:
                return await step.NextAsync(kept.Text, ct).ConfigureAwait(false);
            case FoundChoice:
                await ListLettersAsync(step.Context, step.Values.Child!, ct).ConfigureAwait(false);
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            case null when AsksForLetters(step.Context):
                await ListLettersAsync(step.Context, step.Values.Child!, ct).ConfigureAwait(false);
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            case null when OpeningLines(step.Context) is { } lines:
                return await step.BeginDialogAsync(ComposeLetterDialog.Name, new ComposeLetterState { Parts = [lines], ChildName = step.Values.Child!.Name }, ct).ConfigureAwait(false);
            default:
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// "写一封新信，还是看看往来的信？" answered with the letter itself ("小明 爸爸想你了 要听爷爷的话"): a father writing
    /// late at night should not be asked for a number first. Short words, numbers and asking to see letters are not a letter.
    /// </summary>
    private static string? OpeningLines(ITurnContext context)
    {
        var text = context.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text) || NumberRecognizer.TryRecognizeWhole(text, out _) || TextNormalizer.Compact(text).Length < MinOpeningLength) return null;
        // "did xiaoming go to school this week" there is asked of the service: answered, not the letter's first line.
        return NamesLetterList(context, text) || ComposeLetterDialog.AsksTheService(context, text, null) ? null : text;
    }

    /// <summary>
    /// "写给哪个孩子？" answered with the letter itself ("小红，妈妈在外面一切都好，你要听爷爷的话"): the answer picked the
    /// child and goes on for a letter's worth of words beyond the name (a letter opens with the child's name), so it is the
    /// letter's first lines, not to be dropped. The name alone (in characters or pinyin), a digit or a short request
    /// ("小红，写一封新信") is not.
    /// </summary>
    private static string? LinesAtWhichChild(WaterfallStepContext<WriteLetterState> step)
    {
        var text = step.Context.Activity.Text?.Trim();
        // The child came with the request itself ("给小明写信"): that message is what LetterOpening reads.
        if (string.IsNullOrEmpty(text) || string.Equals(text, step.Values.Text?.Trim(), StringComparison.Ordinal)) return null;
        // The name as written in pinyin ("xiaohong") is the name too, not eight letters of a letter.
        return ChooseChildDialog.WordsBesideName(text, step.Values.Child!) >= MinOpeningLength && !NamesLetterList(step.Context, text) ? text : null;
    }

    /// <summary>
    /// "看看", "看以前的信" at that question: the second choice in the parent's own words, as the question itself says
    /// 看看往来的信. Only a short answer: a longer one ("我想看看小明的考勤") is another request, not this choice.
    /// </summary>
    private static bool AsksForLetters(ITurnContext context)
    {
        var text = context.Activity.Text?.Trim();
        return !string.IsNullOrEmpty(text) && TextNormalizer.Compact(text).Length < MinOpeningLength && NamesLetterList(context, text);
    }

    private static bool NamesLetterList(ITurnContext context, string text)
    {
        var folded = TextNormalizer.Normalize(text);
        // An English word counts whole: the "list" in "listen to grandpa" is no asking for the letters.
        return ParentText.Strings.Get(context, "LetterListWords").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(w => w.All(char.IsAscii)
                ? Regex.IsMatch(folded, @"\b" + Regex.Escape(w) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout)
                : folded.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private const int MinOpeningLength = 8;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private static Task<bool> AcceptsChoiceOrOpeningAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded || AsksForLetters(prompt.Context) || OpeningLines(prompt.Context) is not null);

    /// <summary>
    /// The letter's last look. From here until sent, rewritten or discarded it is kept (<see cref="LetterDraft"/>): a
    /// question typed instead of 1, 2 or 3 is answered and the letter waits for 寄信.
    /// </summary>
    private async Task<DialogTurnResult> PreviewStepAsync(WaterfallStepContext<WriteLetterState> step, CancellationToken ct)
    {
        if (step.Result is ComposeLetterState { AskedAside: true } aside) return await AnswerAsideAsync(step, aside, ct).ConfigureAwait(false);
        if (step.Result is not string letter) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        step.Values = step.Values with { Letter = letter };
        var child = step.Values.Child!;
        await KeepLetterAsync(step.Context, new LetterDraft(child.Id, letter, KernelTurnState.GetTimeProvider(step.Context).GetUtcNow()), ct).ConfigureAwait(false);
        var t = ParentText.Strings;
        return await step.PromptAsync(PreviewPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(t.Get(step.Context, "LetterPreview", child.Name, letter)),
            RetryPrompt = MessageFactory.Text(t.Get(step.Context, "LetterPreviewRetry")),
            NewRequestNotice = MessageFactory.Text(t.Get(step.Context, "LetterKeptUnsent", child.Name)),
            // 寄出 is the letter's yes: 是, 好的 or ok send it (the synonyms include a yes word, ChoiceRecognizer).
            Choices = [new Choice(t.Get(step.Context, "LetterSend"), t.Get(step.Context, "LetterSendWords").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), new Choice(t.Get(step.Context, "LetterRewrite")), new Choice(t.Get(step.Context, "LetterDiscard"))],
        }, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A question to the service typed while writing (老师最近说啥了没): what was written is kept unfinished and said so,
    /// and the question is answered as at the menu. 写信 takes the letter up again.
    /// </summary>
    private async Task<DialogTurnResult> AnswerAsideAsync(WaterfallStepContext<WriteLetterState> step, ComposeLetterState aside, CancellationToken ct)
    {
        if (aside.Parts.Count > 0)
        {
            var child = step.Values.Child!;
            var text = string.Join('\n', aside.Parts);
            await KeepLetterAsync(step.Context, new LetterDraft(child.Id, text, KernelTurnState.GetTimeProvider(step.Context).GetUtcNow(), Unfinished: true), ct).ConfigureAwait(false);
            await step.Context.SendActivityAsync(ParentText.Strings.Get(step.Context, "LetterKeptUnfinished", child.Name, aside.Parts.Sum(p => p.Length)), ct).ConfigureAwait(false);
        }
        return await step.DialogContext.RestartRootWithThisMessageAsync(ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SendLetterStepAsync(WaterfallStepContext<WriteLetterState> step, CancellationToken ct)
    {
        var context = step.Context;
        var t = ParentText.Strings;
        var child = step.Values.Child!;
        switch (step.Result)
        {
            case FoundChoice { Index: 0 }:
                break;
            case FoundChoice { Index: 1 }:
                await KeepLetterAsync(context, null, ct).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(Id, new ParentFlowOptions(null, child.Id), ct).ConfigureAwait(false);
            case FoundChoice:
                await KeepLetterAsync(context, null, ct).ConfigureAwait(false);
                await context.SendActivityAsync(t.Get(context, "LetterDiscarded"), ct).ConfigureAwait(false);
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            default:
                // No answer after the tries: the letter is not thrown away for want of a number.
                await context.SendActivityAsync(t.Get(context, "LetterKeptUnsent", child.Name), ct).ConfigureAwait(false);
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var user = CurrentUser.From(context)!;
        var letter = await _letters.WriteAsync(user.Actor, child.Id, LetterDirection.ToChild, step.Values.Letter, cancellationToken: ct).ConfigureAwait(false);
        await KeepLetterAsync(context, null, ct).ConfigureAwait(false);
        var family = await _children.GetFamilyAsync(user.Actor, child.Id, ct).ConfigureAwait(false);
        var readers = new[] { family?.Guardian, family?.PairedTeacher ?? family?.HeadTeacher }.OfType<PersonRef>().DistinctBy(p => p.Id).ToList();
        foreach (var reader in readers)
            await _messenger.SendAsync(reader.Id, FamilyNotifications.LetterToReader(reader.Id, letter, child.Name, user.Person.Name, reader.Id == family?.Guardian?.Id) with { WrittenBy = user.Person.PersonId }, ct).ConfigureAwait(false);
        // Only who has a chat has received it; the others get it from their mailbox when they bind.
        // A reader who unfollowed the WeChat account is named as such, never as 还没开通.
        var (now, later, left) = await _reach.SplitWithLeftAsync(readers, r => r.Id, ct).ConfigureAwait(false);
        string List(IEnumerable<PersonRef> people) => string.Join(t.Get(context, "ListSeparator"), people.Select(r => r.Name));
        var names = List(now);
        var reply = readers.Count == 0 ? t.Get(context, "LetterSavedNoReader", child.Name, names)
            : now.Count == 0 && later.Count == 0 ? t.Get(context, "LetterHeldForAllUnfollowed", child.Name, List(left))
            : now.Count == 0 ? t.Get(context, "LetterHeldForAll", child.Name, List(later))
            : t.Get(context, "LetterSent", child.Name, names);
        if (now.Count > 0 && later.Count > 0) reply += t.Get(context, "LetterLater", List(later));
        if (left.Count > 0 && (now.Count > 0 || later.Count > 0)) reply += t.Get(context, "LetterUnfollowed", List(left));
        await context.SendActivityAsync(reply, ct).ConfigureAwait(false);
        return await step.EndDialogAsync(letter, ct).ConfigureAwait(false);
    }

    private async Task ListLettersAsync(ITurnContext context, ChildChoice child, CancellationToken ct)
    {
        var t = ParentText.Strings;
        var letters = await _letters.ListAsync(CurrentUser.From(context)!.Actor, child.Id, ListedLetters, ct).ConfigureAwait(false);
        if (letters is null || letters.Count == 0)
        {
            await context.SendActivityAsync(t.Get(context, "LettersNone", child.Name), ct).ConfigureAwait(false);
            return;
        }
        var zone = KernelTurnState.GetTimeZone(context);
        var sb = new StringBuilder(t.Get(context, "LettersHeader", child.Name, letters.Count));
        foreach (var l in letters)
        {
            var text = l.Text is { Length: > 80 } longText ? longText[..80] + "…" : l.Text ?? t.Get(context, "PhotoOnly");
            sb.Append("\n\n").Append(t.Get(context, l.Direction == LetterDirection.ToChild ? "LetterItemToChild" : "LetterItemFromChild",
                TimeZoneInfo.ConvertTime(l.CreatedAt, zone).DateTime, l.Author?.Name ?? string.Empty, child.Name, text));
            // 已读给孩子听: the writer sees that the guardian read it aloud.
            if (l.ReadToChildAt is not null) sb.Append(t.Get(context, "LetterReadMark", l.ReadToChildBy?.Name ?? string.Empty));
        }
        // The photos of handwritten letters come along as images, in the same order as the list.
        var photos = letters.Where(l => l.PhotoUrl is { Length: > 0 })
            .Select(l => new Attachment { ContentType = l.PhotoContentType ?? "image/jpeg", ContentUrl = l.PhotoUrl }).ToList();
        var activity = MessageFactory.Text(sb.ToString());
        if (photos.Count > 0) activity.Attachments = photos;
        await context.SendActivityAsync(activity, ct).ConfigureAwait(false);
    }
}
