using System.Text.Json;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// Which child, for every role: skipped when the person has one, when the flow already knows it, or when the message
/// names exactly one; else a numbered list for a family, a typed name for a teacher's class, or buttons for a parent.
/// Only children the access policy shows are offered, so an unknown name and a name in another class read the same.
/// Ends with a <see cref="ChildChoice"/>, or null; the one child chosen is remembered (<see cref="FamilyMemory"/>) for a
/// follow-up that names none.
/// </summary>
internal sealed class ChooseChildDialog : ComponentDialog
{
    public const string Name = nameof(ChooseChildDialog);
    private const int ListLimit = 8;
    private const string ChildPrompt = "child";
    private const string NamedChildPrompt = "named-child";
    private const string NamedChildOrAllPrompt = "named-child-or-all";
    private readonly IChildrenService _children;
    private readonly FamilyAccessors _accessors;

    public ChooseChildDialog(IChildrenService children, FamilyAccessors accessors) : base(Name)
    {
        _children = children;
        _accessors = accessors;
        AddDialog(new WaterfallDialog<ChooseChildState>("steps", [ListChildrenStepAsync, PickChildStepAsync]));
        AddDialog(new ChoicePrompt(ChildPrompt, AcceptsChoiceOrNameAsync));
        AddDialog(new ChoicePrompt(NamedChildPrompt, AcceptsChoiceOrNameAsync));
        AddDialog(new ChoicePrompt(NamedChildOrAllPrompt, AcceptsChoiceNameOrAllAsync));
        InitialDialogId = "steps";
    }

    private async Task<DialogTurnResult> ListChildrenStepAsync(WaterfallStepContext<ChooseChildState> step, CancellationToken ct)
    {
        var actor = FamilyTurn.User(step.Context).Actor;
        var options = step.GetOptions<ChooseChildOptions>() ?? new ChooseChildOptions(string.Empty);
        var list = await _children.GetChildrenAsync(actor, ct).ConfigureAwait(false);
        if (list.Count == 0)
        {
            await step.Context.SendActivityAsync(options.NoChildren ?? FamilyText.Get(step.Context, "NoChildren"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var children = list.Select(c => new ChildChoice(c.Id, c.Name)).ToList();
        var allowsAll = options.AllowsAll && options.Retry is not null && children.Count > 1;
        if (allowsAll && (options.ChildId == ChildChoice.AllId || AllChildren.InRequest(options.Text)))
            return await step.EndDialogAsync(ChildChoice.All(FamilyText.Get(step.Context, "AllChildren")), ct).ConfigureAwait(false);
        // "小明小红今天都到校了吗": every child named where every child may be chosen (a grandparent's numbered way too).
        if (options.AllowsAll && children.Count > 1 && EachNamed(children, options.Text).Count == children.Count)
            return await step.EndDialogAsync(ChildChoice.All(FamilyText.Get(step.Context, "AllChildren")), ct).ConfigureAwait(false);
        // "李思雨今天到校了吗": another family's child (or no child at all) is never answered about, nor taken for one of
        // theirs; the same words whether or not the name is at the school. Only where the flow says so (a parent's
        // question about a child): an emergency is never turned away for its words.
        if (actor.Role is ActorRole.Parent or ActorRole.Guardian && options.ChildId is null && options.NotVisible is not null
            && OtherChildName.In(options.Text, children) is not null)
        {
            await step.Context.SendActivityAsync(FamilyText.Get(step.Context, "OnlyOwnChildrenNamed",
                FamilyText.List(LeftBehind.Dialogs.Resources.ResxText.CultureOf(step.Context.Locale), children.Select(c => c.Name))), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        if ((options.ChildId ?? FamilyTurn.ChildInFocus(step.Context)) is { } id)
        {
            if ((children.FirstOrDefault(c => c.Id == id) ?? await VisibleAsync(actor, id, ct).ConfigureAwait(false)) is { } given)
                return await step.EndDialogAsync(given, ct).ConfigureAwait(false);
            if (options.NotVisible is { } notVisible) await step.Context.SendActivityAsync(notVisible, ct).ConfigureAwait(false);
        }
        if (children.Count == 1) return await step.EndDialogAsync(children[0], ct).ConfigureAwait(false);
        if (Named(children, options.Text) is { } named) return await step.EndDialogAsync(named, ct).ConfigureAwait(false);
        if (options.Otherwise is { } meant && children.FirstOrDefault(c => c.Id == meant) is { } same) return await step.EndDialogAsync(same, ct).ConfigureAwait(false);
        if (Named(children, options.OtherwiseText) is { } earlier) return await step.EndDialogAsync(earlier, ct).ConfigureAwait(false);
        // "另外后天也请假" right after 小明's leave: a family member's follow-up naming no child is about the last one.
        // …and so is the second of two requests in one message ("小明今天到校了没 明天要请假"): the first one's child.
        if (actor.Role is ActorRole.Parent or ActorRole.Guardian && (RefersBack.Matches(options.Text) || FamilyTurn.IsSecondRequest(step.Context))
            && await RecentChildAsync(step.Context, ct).ConfigureAwait(false) is { } recent && children.FirstOrDefault(c => c.Id == recent) is { } last)
            return await step.EndDialogAsync(last, ct).ConfigureAwait(false);

        step.Values = step.Values with { Children = children, ByName = options.Retry is not null, AllowsAll = allowsAll };
        if (options.Retry is { } retry)
        {
            // The buttons carry the numbers the question asked again asks for ("1. 王小明"); a text-only phone shows
            // the same lines. A tap, the number, the name or the given name answers.
            var numbered = children.Select((c, i) => $"{i + 1}. {c.Name}").ToList();
            return await step.PromptAsync(allowsAll ? NamedChildOrAllPrompt : NamedChildPrompt, new PromptOptions
            {
                Prompt = WithButtons(options.Question, numbered),
                RetryPrompt = WithButtons(retry, numbered),
                Choices = children.Select(c => new Choice(c.Name, GivenNames(c.Name))).ToList(),
                Style = ListStyle.None,
            }, ct).ConfigureAwait(false);
        }

        var titles = list.Select(c => list.Count(o => o.Name == c.Name) > 1 ? FamilyText.Get(step.Context, "ChildInClass", c.Name, c.ClassName) : c.Name).ToList();
        if (list.Count <= ListLimit) return await step.PromptAsync(ChildPrompt, NumberedMenu.Options(step.Context, options.Question, titles), ct).ConfigureAwait(false);

        var ask = options.Question + "\n" + FamilyText.Get(step.Context, "TypeChildName");
        return await step.PromptAsync(ChildPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(ask),
            RetryPrompt = MessageFactory.Text(FamilyText.Get(step.Context, "ChildNotFound") + "\n" + ask),
            Choices = titles.Select(t => new Choice(t)).ToList(),
            Style = ListStyle.None,
        }, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A whole request for another of the person's flows that names a child ("小明这周上学了吗" at the call's "问哪个孩子？")
    /// is that request, not the child's name: the question ends and the request is done, as at any other question
    /// (<see cref="INewRequestRecognizer"/>). A button's or a child's name alone still answers.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.Context.Activity is { Type: ActivityTypes.Message, Text: { } text } && innerDc.ActiveDialog?.Id is ChildPrompt or NamedChildPrompt or NamedChildOrAllPrompt
            && !IsChoiceTitle(innerDc.ActiveDialog, text)
            && KernelTurnState.GetNewRequestRecognizer(innerDc.Context) is { } requests && await requests.IsNewRequestAsync(innerDc, cancellationToken).ConfigureAwait(false))
        {
            FamilyTurn.RequestAtWhichChild(innerDc.Context);
            return await innerDc.RestartRootWithThisMessageAsync(cancellationToken).ConfigureAwait(false);
        }
        // "寄信" at the letter's own "写给哪个孩子？", "请假" at 「哪个孩子请假？」: the same request again, not a wrong answer.
        if (innerDc.Context.Activity is { Type: ActivityTypes.Message, Text: { } again } && innerDc.ActiveDialog?.Id is ChildPrompt or NamedChildPrompt or NamedChildOrAllPrompt
            && !IsChoiceTitle(innerDc.ActiveDialog, again) && KernelTurnState.GetNewRequestRecognizer(innerDc.Context) is { } same && same.AsksForRunningFlow(innerDc))
        {
            await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The person's children as the access policy shows them.</summary>
    public async Task<IReadOnlyList<ChildChoice>> ChildrenAsync(ITurnContext context, CancellationToken ct) =>
        (await _children.GetChildrenAsync(FamilyTurn.User(context).Actor, ct).ConfigureAwait(false)).Select(c => new ChildChoice(c.Id, c.Name)).ToList();

    /// <summary>The person turned to <paramref name="child"/> in the middle of a flow: it is now their last request's child.</summary>
    public async Task RememberAsync(ITurnContext context, ChildChoice child, CancellationToken ct)
    {
        var memory = await _accessors.Memory.GetAsync(context, () => new FamilyMemory(), ct).ConfigureAwait(false);
        memory.LastChild = new RecentChild(child.Id, KernelTurnState.GetTimeProvider(context).GetUtcNow());
    }

    private async Task<int?> RecentChildAsync(ITurnContext context, CancellationToken ct)
    {
        var memory = await _accessors.Memory.GetAsync(context, () => new FamilyMemory(), ct).ConfigureAwait(false);
        return memory.LastChild?.At(KernelTurnState.GetTimeProvider(context).GetUtcNow());
    }

    /// <summary>Every way this dialog ends passes here: the one child chosen is the person's last request's child.</summary>
    protected override async Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        var memory = await _accessors.Memory.GetAsync(outerDc.Context, () => new FamilyMemory(), cancellationToken).ConfigureAwait(false);
        memory.LastChild = result is ChildChoice { IsAll: false } child
            ? new RecentChild(child.Id, KernelTurnState.GetTimeProvider(outerDc.Context).GetUtcNow())
            : null;
        return await base.EndComponentAsync(outerDc, result, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsChoiceTitle(DialogInstance prompt, string text)
    {
        var choices = prompt.Options?.Deserialize<PromptOptions>(BotJson.Options)?.Choices ?? [];
        var folded = TextNormalizer.Fold(TextNormalizer.Compact(text));
        return choices.Select((c, i) => (c.Value, Numbered: $"{i + 1}.{c.Value}"))
            .Any(c => TextNormalizer.Fold(TextNormalizer.Compact(c.Value)) == folded || TextNormalizer.Fold(c.Numbered) == folded
                || GivenNames(c.Value).Any(g => TextNormalizer.Fold(g) == folded));
    }

    private static Activity WithButtons(string text, IReadOnlyList<string> titles)
    {
        var activity = MessageFactory.Text(text);
        activity.SuggestedActions = new SuggestedActions { Actions = titles.Select(t => CardAction.ImBack(t)).ToList() };
        return activity;
    }

    private static Task<DialogTurnResult> PickChildStepAsync(WaterfallStepContext<ChooseChildState> step, CancellationToken ct) =>
        step.EndDialogAsync(step.Result is FoundChoice found && found.Index < step.Values.Children.Count
            ? step.Values.Children[found.Index]
            : step.Values.AllowsAll && AllChildren.InAnswer(step.Context.Activity.Text) ? ChildChoice.All(FamilyText.Get(step.Context, "AllChildren"))
            : Named(step.Values.Children, step.Context.Activity.Text), ct);

    private async Task<ChildChoice?> VisibleAsync(Actor actor, int childId, CancellationToken ct) =>
        await _children.GetChildAsync(actor, childId, ct).ConfigureAwait(false) is { } child ? new ChildChoice(child.Id, child.Name) : null;

    /// <summary>"小红呢", "小红后天家里有事" name a child without being one of the options.</summary>
    private static Task<bool> AcceptsChoiceOrNameAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct)
    {
        if (prompt.Recognized.Succeeded) return Task.FromResult(true);
        var children = (prompt.Options.Choices ?? []).Select((c, i) => new ChildChoice(i, c.Value)).ToList();
        return Task.FromResult(Named(children, prompt.Context.Activity.Text) is not null);
    }

    /// <summary>"两个都看看", "全部" answer where every child may be chosen; a name or a button still picks one.</summary>
    private static Task<bool> AcceptsChoiceNameOrAllAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct) =>
        AllChildren.InAnswer(prompt.Context.Activity.Text) ? Task.FromResult(true) : AcceptsChoiceOrNameAsync(prompt, ct);

    /// <summary>The child whose full or given name the message contains, when exactly one does.</summary>
    public static ChildChoice? Named(IReadOnlyList<ChildChoice> children, string? text) =>
        EachNamed(children, text) is [var one] ? one : null;

    /// <summary>Every child whose full or given name the message contains ("不是小明是小红": both).</summary>
    public static IReadOnlyList<ChildChoice> EachNamed(IReadOnlyList<ChildChoice> children, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return [];
        // Traditional or Simplified, full- or half-width alike: "小紅" is the roster's 小红.
        var folded = TextNormalizer.Fold(text);
        // "did xiaoming go to school": the name in pinyin, as parents on an English screen write it.
        return children.Where(c => c.Name.Length > 0 && (folded.Contains(TextNormalizer.Fold(c.Name), StringComparison.Ordinal)
            || GivenNames(c.Name).Any(g => folded.Contains(TextNormalizer.Fold(g), StringComparison.Ordinal))
            || PinyinNames.Contains(folded, c.Name))).ToList();
    }

    /// <summary>
    /// How many letters or digits an answer naming <paramref name="child"/> has beside the name: "王小明今天上课很认真" says
    /// more than the choice (a note, a question) and the flow keeps it; "小明", "是小明的" say little more.
    /// </summary>
    public static int WordsBesideName(string text, ChildChoice child)
    {
        var rest = TextNormalizer.Fold(text).Replace(TextNormalizer.Fold(child.Name), "", StringComparison.Ordinal);
        foreach (var given in GivenNames(child.Name)) rest = rest.Replace(TextNormalizer.Fold(given), "", StringComparison.Ordinal);
        return PinyinNames.Strip(rest, child.Name).Count(char.IsLetterOrDigit);
    }

    /// <summary>"王小明" is "小明" at home; a one-character given name is too ambiguous to match inside a sentence.</summary>
    private static List<string> GivenNames(string name) => name.Length >= 3 ? [name[1..]] : [];
}
