using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// A role's numbered main menu (guardian, teacher). The first message can already pick: an acknowledgement of an
/// emergency alert, the routed intent (<see cref="RoleMenuOptions"/>), a number or a title ("1", "回复1", "请假");
/// anything else shows the menu. While a flow runs, "收到" still acknowledges an alert and the question is asked again.
/// </summary>
internal abstract class RoleMenuDialog : InterruptibleDialog
{
    /// <summary>The menu's own choice prompt: while it waits, a role may still take its own words.</summary>
    protected const string MenuPromptId = "choice";
    private readonly IAlertAcknowledger _acknowledger;
    private readonly IReadOnlyList<MenuItem> _items;

    protected RoleMenuDialog(string id, IAlertAcknowledger acknowledger, IReadOnlyList<MenuItem> items, IEnumerable<Dialog> flows) : base(id)
    {
        _acknowledger = acknowledger;
        _items = items;
        AddDialog(new WaterfallDialog<RoleMenuState>("menu", [ShowMenuStepAsync, RunChoiceStepAsync]));
        AddDialog(new ChoicePrompt(MenuPromptId, AcceptsChoiceOrRequestAsync));
        foreach (var flow in flows) AddDialog(flow);
        InitialDialogId = "menu";
    }

    /// <summary>The id of the flow among <paramref name="items"/> that <paramref name="intent"/> jumps to; null when none.</summary>
    protected static string? FlowOf(IReadOnlyList<MenuItem> items, string? intent) =>
        intent is null ? null : items.FirstOrDefault(i => i.Intents.Contains(intent, StringComparer.Ordinal))?.DialogId;

    /// <summary>
    /// The id of the flow among <paramref name="items"/> whose title is <paramref name="typed"/> as it stands ("写记录"),
    /// read with the role's texts <paramref name="text"/>; null when none.
    /// </summary>
    /// <param name="titleVerbs">Leading verbs a title may be typed without ("记" of 记谈心), compacted, longest first.</param>
    protected static string? FlowTitled(IReadOnlyList<MenuItem> items, Func<string, string> text, string? typed, IReadOnlyList<string>? titleVerbs = null)
    {
        var exact = TextNormalizer.Compact(typed);
        if (exact.Length == 0) return null;
        if (items.FirstOrDefault(i => TextNormalizer.Compact(text(i.TitleName)) == exact) is { } titled) return titled.DialogId;
        // "应急" for 紧急情况: an item's other words, typed on their own, at any question as at the menu.
        if (items.FirstOrDefault(i => i.WordsName is { } words && IsOneOf(text(words), exact)) is { } named) return named.DialogId;
        // "谈心" for 记谈心, "家访" for 记家访: the title without its leading verb, as people shorten it.
        return titleVerbs is not { Count: > 0 } verbs || exact.Length < MinShortTitleLength ? null
            : items.FirstOrDefault(i => WithoutVerb(TextNormalizer.Compact(text(i.TitleName)), verbs) == exact)?.DialogId;
    }

    /// <summary>The flow that does <paramref name="request"/> (one of two in a message): the item its intent jumps to; null when none.</summary>
    protected virtual (string DialogId, object? Options)? FlowOf(ITurnContext turnContext, RoleMenuOptions request) =>
        request.Intent is { } intent && _items.FirstOrDefault(i => i.Intents.Contains(intent, StringComparer.Ordinal)) is { } item ? (item.DialogId, item.Options) : null;

    private static bool IsOneOf(string words, string compacted) =>
        words.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(w => TextNormalizer.Compact(w) == compacted);

    /// <summary>"心" alone is not 记谈心: a shortened title keeps at least two characters.</summary>
    private const int MinShortTitleLength = 2;

    private static string? WithoutVerb(string title, IReadOnlyList<string> verbs) =>
        verbs.FirstOrDefault(v => title.Length > v.Length && title.StartsWith(v, StringComparison.OrdinalIgnoreCase)) is { } verb ? title[verb.Length..] : null;

    /// <summary>A message none of the items takes (no number, title or routed request): a role's own flow for it; null for none.</summary>
    protected virtual (string DialogId, object? Options)? Unrouted(ITurnContext turnContext) => null;

    /// <summary>This role's text by resource name.</summary>
    protected abstract string Text(ITurnContext turnContext, string name);

    /// <summary>A role-specific look at the first message (a guardian's reply to a reminder); null to go on.</summary>
    protected virtual Task<DialogTurnResult?> BeforeMenuAsync(WaterfallStepContext<RoleMenuState> step, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);

    protected override Task SendHelpAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Text(turnContext, "Help"), cancellationToken);

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        // Only the menu's own question is waiting: a soft "好" may acknowledge an alert; inside a flow it answers the flow.
        if (await _acknowledger.TryAcknowledgeAsync(innerDc.Context, cancellationToken, questionWaiting: innerDc.ActiveDialog?.Id != MenuPromptId).ConfigureAwait(false))
        {
            await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ShowMenuStepAsync(WaterfallStepContext<RoleMenuState> step, CancellationToken ct)
    {
        var activity = step.Context.Activity;
        if (await _acknowledger.TryAcknowledgeAsync(step.Context, ct).ConfigureAwait(false))
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        step.Values = step.Values with { FlowStarted = true };
        // The first of two requests in the message: its flow reads its own words, and the second is done after it.
        if (step.GetOptions<RoleMenuOptions>() is { Text: { } part, Then: not null } first)
        {
            FamilyTurn.BeginRequest(step.Context, part, second: false);
            if (FlowOf(step.Context, first) is { } flow) return await step.BeginDialogAsync(flow.DialogId, flow.Options, ct).ConfigureAwait(false);
        }
        if (await BeforeMenuAsync(step, ct).ConfigureAwait(false) is { } handled) return handled;

        var intent = step.GetOptions<RoleMenuOptions>()?.Intent;
        // A child's name typed alone ("小红"): the menu for that child.
        if (step.GetOptions<RoleMenuOptions>()?.Child is { } child)
        {
            step.Values = step.Values with { FlowStarted = false, Child = child };
            var question = string.Format(ResxText.CultureOf(step.Context.Locale), Text(step.Context, "MenuQuestionForChild"), child.Name);
            return await step.PromptAsync(MenuPromptId, NumberedMenu.Options(step.Context, question, _items.Select(i => Text(step.Context, i.TitleName)).ToList()), ct).ConfigureAwait(false);
        }
        // A bare digit is the menu item the user has learnt, whatever the analyzer guessed for it.
        if (activity.Type == ActivityTypes.Message && NumberRecognizer.TryRecognizeWhole(activity.Text, out var n)
            && n == decimal.Truncate(n) && n >= 1 && n <= _items.Count)
        {
            var item = _items[(int)n - 1];
            return await step.BeginDialogAsync(item.DialogId, item.Options, ct).ConfigureAwait(false);
        }
        // A title typed as it stands ("记谈心") is that item, whatever intent the analyzer read into it ("notes").
        var titledFlow = activity.Type == ActivityTypes.Message ? FlowTitled(_items, name => Text(step.Context, name), activity.Text) : null;
        if ((_items.FirstOrDefault(i => i.DialogId == titledFlow) ?? Named(step.Context)) is { } byTitle) return await step.BeginDialogAsync(byTitle.DialogId, byTitle.Options, ct).ConfigureAwait(false);
        if (intent == Intents.Help) await SendHelpAsync(step.Context, ct).ConfigureAwait(false);
        if (intent is not null && _items.FirstOrDefault(i => i.Intents.Contains(intent, StringComparer.Ordinal)) is { } routed)
            return await step.BeginDialogAsync(routed.DialogId, routed.Options, ct).ConfigureAwait(false);

        var titles = _items.Select(i => Text(step.Context, i.TitleName)).ToList();
        if (activity.Type == ActivityTypes.Message && ChoiceRecognizer.Recognize(activity.Text, titles.Select(t => new Choice(t)).ToList()) is { } picked)
            return await step.BeginDialogAsync(_items[picked.Index].DialogId, _items[picked.Index].Options, ct).ConfigureAwait(false);

        // Only a message routed here (an intent read): not the binding's own message, nor 菜单, which show the menu.
        if (activity.Type == ActivityTypes.Message && intent is not null && Unrouted(step.Context) is { } own) return await step.BeginDialogAsync(own.DialogId, own.Options, ct).ConfigureAwait(false);

        step.Values = step.Values with { FlowStarted = false };
        return await step.PromptAsync(MenuPromptId, NumberedMenu.Options(step.Context, Text(step.Context, "MenuQuestion"), titles), ct).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> RunChoiceStepAsync(WaterfallStepContext<RoleMenuState> step, CancellationToken ct)
    {
        if (step.Values.FlowStarted)
        {
            // The first of two requests is done: the second now, with its own words (its flow confirms what it does).
            if (step.GetOptions<RoleMenuOptions>()?.Then is { Text: { } part } then && FlowOf(step.Context, then) is { } next)
            {
                FamilyTurn.BeginRequest(step.Context, part, second: true);
                return step.BeginDialogAsync(next.DialogId, next.Options, ct);
            }
            return step.EndDialogAsync(step.Result, ct);
        }
        if (step.Values.Child is { } child) FamilyTurn.FocusChild(step.Context, child);
        if (step.Result is FoundChoice picked) return step.BeginDialogAsync(_items[picked.Index].DialogId, _items[picked.Index].Options, ct);
        if (IsAcknowledgement(step.Context)) return AcknowledgeAsync(step, ct);
        // Instead of a number the person said what they want ("小明发烧了 明天不去"): that item, with the message.
        if (Routed(step.Context) is { } routed) return step.BeginDialogAsync(routed.DialogId, routed.Options, ct);
        if (step.Context.Activity.Type == ActivityTypes.Message && Unrouted(step.Context) is { } own) return step.BeginDialogAsync(own.DialogId, own.Options, ct);
        return step.EndDialogAsync(step.Result, ct);
    }

    /// <summary>A number or a title, or a request the analyzer routes to one of the items: never "没有这个选项" for it.</summary>
    private Task<bool> AcceptsChoiceOrRequestAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded || Routed(prompt.Context) is not null || IsAcknowledgement(prompt.Context)
            || (prompt.Context.Activity.Type == ActivityTypes.Message && Unrouted(prompt.Context) is not null));

    /// <summary>"好", "嗯嗯", "行" to the menu (a grandparent acknowledging it) or with nothing asked: a short "好的", never "没有这个选项".</summary>
    internal static bool IsAcknowledgement(ITurnContext turnContext) =>
        turnContext.Activity.Type == ActivityTypes.Message && TextNormalizer.Compact(turnContext.Activity.Text).Length <= 4
        && ConfirmRecognizer.Recognize(turnContext.Activity.Text) == true;

    private static async Task<DialogTurnResult> AcknowledgeAsync(WaterfallStepContext<RoleMenuState> step, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(ConversationText.Strings.Get(step.Context, "MenuAcknowledged"), ct).ConfigureAwait(false);
        return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
    }

    private MenuItem? Routed(ITurnContext turnContext) =>
        Named(turnContext) ?? (turnContext.Activity.Type == ActivityTypes.Message && !NumberRecognizer.TryRecognizeWhole(turnContext.Activity.Text, out _)
        && TurnAnalysis.Get(turnContext)?.Intent is { } intent
            ? _items.FirstOrDefault(i => i.Intents.Contains(intent, StringComparer.Ordinal))
            : null);

    /// <summary>The item whose other words (<see cref="MenuItem.WordsName"/>) the message is, typed on its own.</summary>
    private MenuItem? Named(ITurnContext turnContext)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message) return null;
        var typed = TextNormalizer.Compact(turnContext.Activity.Text);
        if (typed.Length == 0) return null;
        return _items.FirstOrDefault(i => i.WordsName is { } words && IsOneOf(Text(turnContext, words), typed));
    }
}
