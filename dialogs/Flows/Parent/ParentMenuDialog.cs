using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// The parent's numbered menu. Begun with a routed intent (<see cref="RoleMenuOptions"/>) it goes straight into that
/// flow; a message the analyzer did not understand is never answered by guessing: the parent may pass it to the
/// teacher word for word, or pick from the menu. A second request in the same message (<see cref="RoleMenuOptions.Then"/>)
/// is offered, in the parent's words, once the first flow is done.
/// </summary>
internal sealed partial class ParentMenuDialog : ComponentDialog
{
    public const string Name = nameof(ParentMenuDialog);
    private const string MenuPrompt = "menu";
    private const string OfferPrompt = "offer";
    private const string NextPrompt = "next";
    private const int MaxBareLeaveLength = 4;

    /// <summary>Menu order: the numbers parents learn to type.</summary>
    private static readonly (string Title, string Dialog, string[] Synonyms)[] Items =
    [
        ("MenuAttendance", AskAttendanceDialog.Name, ["出勤", "考勤", "上学", "attendance"]),
        ("MenuNotes", ShowNotesDialog.Name, ["评语", "評語", "notes"]),
        ("MenuAskTeacher", AskTeacherDialog.Name, ["问老师", "問老師", "留言"]),
        ("MenuLetter", WriteLetterDialog.Name, ["两地书", "兩地書", "写信", "寫信", "寄信", "写封信", "寫封信", "寄封信", "letter", "a letter"]),
        ("MenuCallHome", BookCallHomeDialog.Name, ["打电话", "打電話", "通话", "通話", "call"]),
    ];

    private static readonly Dictionary<string, string> FlowOfIntent = new(StringComparer.Ordinal)
    {
        [Intents.Attendance] = AskAttendanceDialog.Name,
        [Intents.Notes] = ShowNotesDialog.Name,
        [Intents.AskTeacher] = AskTeacherDialog.Name,
        [Intents.Letter] = WriteLetterDialog.Name,
        [Intents.CallHome] = BookCallHomeDialog.Name,
    };

    private readonly ParentAccessors _accessors;
    private readonly FamilyAccessors _family;

    public ParentMenuDialog(AskAttendanceDialog attendance, ShowNotesDialog notes, AskTeacherDialog askTeacher, WriteLetterDialog letter, BookCallHomeDialog callHome,
        ParentAccessors accessors, FamilyAccessors family)
        : base(Name)
    {
        _accessors = accessors;
        _family = family;
        AddDialog(new WaterfallDialog<ParentMenuState>("steps", [RouteStepAsync, ChosenStepAsync, FlowDoneStepAsync, NextAnsweredStepAsync, NextDoneStepAsync]));
        // A new request instead of yes or no ("小红这个月上学了吗") ends the offer: the prompts' one mechanism (ClearNewRequest).
        AddDialog(new ConfirmPrompt(NextPrompt));
        AddDialog(new ChoicePrompt(MenuPrompt, AcceptsChoiceRequestOrMenuNumberAsync));
        AddDialog(new ChoicePrompt(OfferPrompt, AcceptsChoiceRequestOrMenuNumberAsync));
        AddDialog(attendance);
        AddDialog(notes);
        AddDialog(askTeacher);
        AddDialog(letter);
        AddDialog(callHome);
    }

    /// <summary>True when <paramref name="intent"/> names one of the parent's flows.</summary>
    public static bool Routes(string? intent) => intent is not null && FlowOfIntent.ContainsKey(intent);

    /// <summary>
    /// The id of the flow whose menu title or word <paramref name="typed"/> is, as it stands ("写两地书", "寄信",
    /// "letter"), whatever the analyzer reads into it; null when none.
    /// </summary>
    public static string? FlowTitled(ITurnContext context, string? typed)
    {
        var exact = TextNormalizer.Compact(typed);
        if (exact.Length == 0) return null;
        return Items.FirstOrDefault(i => IsWord(ParentText.Strings.Get(context, i.Title), exact) || i.Synonyms.Any(w => IsWord(w, exact))).Dialog;
    }

    private static bool IsWord(string word, string compacted) => string.Equals(TextNormalizer.Compact(word), compacted, StringComparison.OrdinalIgnoreCase);

    /// <summary>The id of the parent's flow for <paramref name="intent"/>; null when none.</summary>
    public static string? FlowOf(string? intent) => intent is not null && FlowOfIntent.TryGetValue(intent, out var flow) ? flow : null;

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext<ParentMenuState> step, CancellationToken ct)
    {
        var options = step.GetOptions<RoleMenuOptions>();
        // "帮我问问老师他数学怎么样" right after "小明这周上学了吗", or "另外这周上学了吗" right after a question about
        // 小明 was sent: the child of the request just before (a child the message names still comes first).
        var text = options?.Text ?? step.Context.Activity.Text;
        var last = options?.Intent is not null && options.Flow is null && RefersBack.Matches(text)
            ? await LastChildAsync(step.Context, ct).ConfigureAwait(false) : null;
        return await RouteAsync(step, options?.Child?.Id ?? last, ct).ConfigureAwait(false);
    }

    /// <summary>The one child of the parent's last request, chosen in the last few minutes (<see cref="FamilyMemory"/>).</summary>
    private async Task<int?> LastChildAsync(ITurnContext context, CancellationToken ct)
    {
        var memory = await _family.Memory.GetAsync(context, () => new FamilyMemory(), ct).ConfigureAwait(false);
        return memory.LastChild?.At(KernelTurnState.GetTimeProvider(context).GetUtcNow());
    }

    private static Task<DialogTurnResult> RouteAsync(WaterfallStepContext<ParentMenuState> step, int? lastChild, CancellationToken ct)
    {
        var options = step.GetOptions<RoleMenuOptions>();
        var intent = options?.Intent;
        // The first of two requests, or a follow-up, brings its own text; otherwise the request is the message.
        var text = options?.Text ?? step.Context.Activity.Text;
        if (intent is null) return ShowMenuAsync(step, ct);
        // A bare number after a flow ended still means the menu item the parent has learnt.
        step.Values = step.Values with { InFlow = true, Then = options!.Then, First = options.Then is null ? null : text };
        if (options.Flow is { } given && FlowOfIntent.TryGetValue(intent, out var known)) return step.BeginDialogAsync(known, given, ct);
        if (MenuNumber(text) is { } item) return step.BeginDialogAsync(Items[item].Dialog, new ParentFlowOptions(null), ct);
        if (intent == Intents.CallHome || BookCallHomeDialog.SaysCallHappened(text))
            return step.BeginDialogAsync(BookCallHomeDialog.Name, new ParentFlowOptions(text) { OtherwiseChildId = lastChild }, ct);
        if (FlowOfIntent.TryGetValue(intent, out var flow))
        {
            // A whole question ("帮我问问老师小明作业多不多") goes to the teacher as written, after a confirmation.
            var isQuestion = intent == Intents.AskTeacher && QuestionWords(text) >= 6;
            return step.BeginDialogAsync(flow, new ParentFlowOptions(text, TextIsQuestion: isQuestion) { OtherwiseChildId = lastChild }, ct);
        }
        // Leave is granted by the teacher and the menu offers 请假 to everyone: a parent's request goes to the teacher as a question.
        if (intent == Intents.LeaveRequest) return LeaveToTeacherAsync(step, text, lastChild, ct);
        // 「啥」, 「什么意思」: he did not follow, which is nothing to pass to the teacher; the menu again.
        if (PuzzledAnswer.Matches(text)) return ShowMenuAsync(step, ct);
        step.Values = step.Values with { InFlow = false, Unclear = text };
        var t = ParentText.Strings;
        return step.PromptAsync(OfferPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(t.Get(step.Context, "Unclear")),
            Choices = [new Choice(t.Get(step.Context, "PassToTeacher")), new Choice(t.Get(step.Context, "ShowMenu"))],
        }, ct);
    }

    private static async Task<DialogTurnResult> LeaveToTeacherAsync(WaterfallStepContext<ParentMenuState> step, string? text, int? lastChild, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(ParentText.Strings.Get(step.Context, "LeaveToTeacher"), ct).ConfigureAwait(false);
        // More than the bare word ("帮小红请个假明天") is passed on as he said it, after a confirmation.
        var said = !string.IsNullOrWhiteSpace(text) && TextNormalizer.Compact(text).Length > MaxBareLeaveLength;
        return await step.BeginDialogAsync(AskTeacherDialog.Name, new ParentFlowOptions(text, TextIsQuestion: said) { OtherwiseChildId = lastChild }, ct)
            .ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> ChosenStepAsync(WaterfallStepContext<ParentMenuState> step, CancellationToken ct)
    {
        if (step.Values.InFlow) return step.NextAsync(step.Result, ct);
        // Instead of a number the parent wrote what they want ("孩子这周上学了吗", "看看小明的老师评语"): route the
        // sentence as a new request, so the child, the dates and the question in it are used.
        if (step.Result is null or FoundChoice { Score: < 1.0 } && Routable(step.Context) is { } intent)
            return step.ReplaceDialogAsync("steps", new RoleMenuOptions(intent) { Child = step.Values.Child }, ct);
        if (step.Result is null && IsWords(step.Context.Activity.Text))
            return step.ReplaceDialogAsync("steps", new RoleMenuOptions(Intents.Other), ct);
        if (step.Result is null && step.Values.Unclear is not null && MenuNumber(step.Context.Activity.Text) is { } item)
            return step.BeginDialogAsync(Items[item].Dialog, new ParentFlowOptions(null), ct);
        if (step.Result is not FoundChoice choice) return step.EndDialogAsync(null, ct);
        if (step.Values.Unclear is { } unclear)
        {
            return choice.Index == 0
                ? step.BeginDialogAsync(AskTeacherDialog.Name, new ParentFlowOptions(unclear, TextIsQuestion: true), ct)
                : step.ReplaceDialogAsync("steps", new RoleMenuOptions(null), ct);
        }
        return step.BeginDialogAsync(Items[choice.Index].Dialog, new ParentFlowOptions(step.Context.Activity.Text, step.Values.Child?.Id), ct);
    }

    /// <summary>The flow is done: the second request of the same message, if any, is offered in the parent's words.</summary>
    private static Task<DialogTurnResult> FlowDoneStepAsync(WaterfallStepContext<ParentMenuState> step, CancellationToken ct)
    {
        if (step.Values.Then is not { Text: { } next }) return step.EndDialogAsync(step.Result, ct);
        step.Values = step.Values with { FirstChildId = step.Result is QuestionInfo asked ? asked.ChildId : null };
        return step.PromptAsync(NextPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(ParentText.Strings.Get(step.Context, "NextRequestOffer", next)),
            // Another request instead of yes or no ends the offer: said in one line, so the parent never believes it done.
            NewRequestNotice = MessageFactory.Text(ParentText.Strings.Get(step.Context, "NextRequestLeft", next)),
            Style = ListStyle.SuggestedAction,
        }, ct);
    }

    private async Task<DialogTurnResult> NextAnsweredStepAsync(WaterfallStepContext<ParentMenuState> step, CancellationToken ct)
    {
        // "不用了": said back in a word, so the parent knows nothing was done (it used to end in silence).
        if (step.Result is false) await step.Context.SendActivityAsync(ParentText.Strings.Get(step.Context, "NextRequestDropped"), ct).ConfigureAwait(false);
        if (step.Result is not true || step.Values.Then is not { Intent: { } intent, Text: { } next } || !FlowOfIntent.TryGetValue(intent, out var flow))
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var isQuestion = intent == Intents.AskTeacher && QuestionWords(next) >= 6;
        // "小明这周上学没？顺便问下老师他…": "他" is the child the first request was about.
        var memory = await _accessors.Memory.GetAsync(step.Context, () => new ParentMemory(), ct).ConfigureAwait(false);
        var now = KernelTurnState.GetTimeProvider(step.Context).GetUtcNow();
        var first = step.Values.FirstChildId
            ?? (memory.LastAttendance is { ChildId: not ChildChoice.AllId } last && now - last.AskedAt <= ParentFollowUpInterceptor.Window ? last.ChildId : null);
        // The parent said yes to "您还说了：「…」。现在帮您办吗？": the question is not confirmed a second time.
        return await step.BeginDialogAsync(flow, new ParentFlowOptions(next, TextIsQuestion: isQuestion) { OtherwiseChildId = first, OtherwiseText = step.Values.First, AlreadyConfirmed = isQuestion }, ct).ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> NextDoneStepAsync(WaterfallStepContext<ParentMenuState> step, CancellationToken ct) =>
        step.EndDialogAsync(step.Result, ct);

    private static Task<DialogTurnResult> ShowMenuAsync(WaterfallStepContext<ParentMenuState> step, CancellationToken ct)
    {
        var t = ParentText.Strings;
        var name = CurrentUser.From(step.Context)?.Person.Name ?? string.Empty;
        // A child's name typed alone ("小明"): the menu for that child.
        var child = step.GetOptions<RoleMenuOptions>()?.Child;
        step.Values = step.Values with { Child = child };
        return step.PromptAsync(MenuPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(child is null ? t.Get(step.Context, "Menu", name) : t.Get(step.Context, "MenuForChild", child.Name)),
            RetryPrompt = MessageFactory.Text(t.Get(step.Context, "MenuRetry")),
            Choices = Items.Select(i => new Choice(t.Get(step.Context, i.Title), i.Synonyms)).ToList(),
            // The numbers are in the text already; buttons are extra where the channel has them.
            Style = ListStyle.SuggestedAction,
        }, ct);
    }

    /// <summary>
    /// The menu's and the offer's one validator: a number, a title, or words: words are routed as a request (or offered
    /// to the teacher). The offer has two answers, but the menu is just above it: "4" there means 写两地书, not a wrong
    /// answer (at the menu itself a menu number is already its choice). A wrong number, an empty message or a picture
    /// gets the prompt's own re-prompt.
    /// </summary>
    private static Task<bool> AcceptsChoiceRequestOrMenuNumberAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded || IsWords(prompt.Context.Activity.Text) || MenuNumber(prompt.Context.Activity.Text) is not null);

    private static bool IsWords(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !TextNormalizer.IsTooLong(text) && !NumberRecognizer.TryRecognizeWhole(text, out _);

    /// <summary>The message's intent when it names one of the parent's flows, or leave (passed to the teacher).</summary>
    private static string? Routable(ITurnContext context) =>
        TurnAnalysis.Get(context)?.Intent is { } intent
        && (FlowOfIntent.ContainsKey(intent) || intent == Intents.LeaveRequest || BookCallHomeDialog.SaysCallHappened(context.Activity.Text)) ? intent : null;

    private static int? MenuNumber(string? text) =>
        NumberRecognizer.TryRecognizeWhole(text, out var n) && n == decimal.Truncate(n) && n >= 1 && n <= Items.Length ? (int)n - 1 : null;

    /// <summary>Characters beyond the request itself: a bare "问老师" carries no question.</summary>
    private static int QuestionWords(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : TextNormalizer.Compact(text).Length - 3;
}
