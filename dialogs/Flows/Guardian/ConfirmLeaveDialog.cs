using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// "王小明12月7日请病假，对吗？" — 对 / 不对, and the guardian's other child named instead ("小红呢", "是小红",
/// "不是小明是小红"): the leave is for that child, and the confirmation is asked again with its name. The other child
/// named with a day or a reason of its own ("小红今天有事请假") is a new leave, read from that message as at the menu.
/// A day said instead of 对 ("明天") is the day meant: asked again with it (a day without school ends the confirmation
/// with <see cref="ConfirmedLeave.NoSchoolDay"/>, for the flow to ask about as it asked about the first). Ends with a <see cref="ConfirmedLeave"/>
/// (null when the guardian gave no answer it could take).
/// </summary>
internal sealed class ConfirmLeaveDialog : ComponentDialog
{
    public const string Name = nameof(ConfirmLeaveDialog);
    private const string ConfirmPrompt = "confirm";
    private readonly IChildrenService _children;
    private readonly Understanding.ITextAnalyzer _analyzer;
    private readonly Func<DateOnly, DateOnly, bool> _hasSchoolDay;

    /// <param name="hasSchoolDay">Whether the days from the first to the second have school (the 校历).</param>
    public ConfirmLeaveDialog(IChildrenService children, Understanding.ITextAnalyzer analyzer, Func<DateOnly, DateOnly, bool> hasSchoolDay) : base(Name)
    {
        _children = children;
        _analyzer = analyzer;
        _hasSchoolDay = hasSchoolDay;
        AddDialog(new WaterfallDialog<ConfirmLeaveOptions>("steps", [AskStepAsync, AnsweredStepAsync]));
        AddDialog(new ChoicePrompt(ConfirmPrompt, AnswersOrNamesChildAsync));
        InitialDialogId = "steps";
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<ConfirmLeaveOptions> step, CancellationToken ct)
    {
        var leave = step.GetOptions<ConfirmLeaveOptions>()!;
        step.Values = leave;
        var culture = ResxText.CultureOf(step.Context.Locale);
        var question = GuardianText.Get(step.Context, leave.Sick ? "LeaveConfirmSick" : "LeaveConfirmOther", leave.Child.Name, GuardianText.Dates(culture, leave.From, leave.To));
        // Left for a new request ("娃他爸啥时候打电话"), the leave is said not to be recorded: never dropped in silence.
        var options = NumberedMenu.Options(step.Context, question, GuardianText.Titles(step.Context, "LeaveYes", "LeaveNo"))
            with { NewRequestNotice = MessageFactory.Text(GuardianText.Get(step.Context, "LeaveDroppedForNewRequest")) };
        return step.PromptAsync(ConfirmPrompt, options, ct);
    }

    private async Task<DialogTurnResult> AnsweredStepAsync(WaterfallStepContext<ConfirmLeaveOptions> step, CancellationToken ct)
    {
        var leave = step.Values;
        // Checked before 对/不对: "不是小明是小红" is not a plain no, it names the child the leave is for.
        if (await OtherChildAsync(step.Context, leave.Child.Id, ct).ConfigureAwait(false) is { } other)
        {
            // Nothing is recorded for the first leave; the message starts again from the root, as a new request does.
            if (await StatesItsOwnLeaveAsync(step.Context, ct).ConfigureAwait(false)) return await step.DialogContext.RestartRootWithThisMessageAsync(ct).ConfigureAwait(false);
            return await step.ReplaceDialogAsync("steps", leave with { Child = other }, ct).ConfigureAwait(false);
        }
        // "明天" instead of 对: the day she means; the confirmation is asked again with it. A day without school (a
        // Saturday) is first asked about, as the first day was (ReportLeaveDialog).
        if (step.Result is not FoundChoice && await SaidDaysAsync(step.Context, ct).ConfigureAwait(false) is { } days)
        {
            if (!_hasSchoolDay(days.From, days.To))
                return await step.EndDialogAsync(new ConfirmedLeave(false, leave.Child.Id, days) { NoSchoolDay = true }, ct).ConfigureAwait(false);
            return await step.ReplaceDialogAsync("steps", leave with { From = days.From, To = days.To }, ct).ConfigureAwait(false);
        }
        // The same child named again ("浩然这周上学了吗") is no answer: the question is asked again, never left in silence.
        if (step.Result is not FoundChoice answer) return await step.ReplaceDialogAsync("steps", leave, ct).ConfigureAwait(false);
        return await step.EndDialogAsync(new ConfirmedLeave(answer.Index == 0, leave.Child.Id, new LeaveDays(leave.From, leave.To)), ct).ConfigureAwait(false);
    }

    /// <summary>A day ("今天", "明天") or a reason ("有事", "发烧") in the message: the first leave's are not carried over to it.</summary>
    private async Task<bool> StatesItsOwnLeaveAsync(ITurnContext context, CancellationToken ct) =>
        LeaveReason.Find(context.Activity.Text) is not null || await SaidDaysAsync(context, ct).ConfigureAwait(false) is not null;

    private Task<LeaveDays?> SaidDaysAsync(ITurnContext context, CancellationToken ct) =>
        LeaveDaysPrompt.FromDateAsync(context, _analyzer, context.Activity.Text, FamilyTurn.Today(context), ct);

    /// <summary>对 / 不对 by number, word or tap, a message that names one of the guardian's children, or a day.</summary>
    private async Task<bool> AnswersOrNamesChildAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct) =>
        prompt.Recognized.Succeeded || (await NamedChildrenAsync(prompt.Context, ct).ConfigureAwait(false)).Count > 0
        || await SaidDaysAsync(prompt.Context, ct).ConfigureAwait(false) is not null;

    /// <summary>The one child other than <paramref name="current"/> the message names; null when none or several.</summary>
    private async Task<ChildChoice?> OtherChildAsync(ITurnContext context, int current, CancellationToken ct)
    {
        var others = (await NamedChildrenAsync(context, ct).ConfigureAwait(false)).Where(c => c.Id != current).ToList();
        return others.Count == 1 ? others[0] : null;
    }

    /// <summary>
    /// The guardian's children the message names. The validator and the answered step both ask within one turn; the
    /// children are read once per turn and kept in the turn (the message and the guardian are the same for both).
    /// </summary>
    private async Task<IReadOnlyList<ChildChoice>> NamedChildrenAsync(ITurnContext context, CancellationToken ct)
    {
        if (context.Activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(context.Activity.Text)) return [];
        if (context.TurnState.Get<IReadOnlyList<ChildChoice>>(NamedChildrenKey) is { } named) return named;
        var list = await _children.GetChildrenAsync(FamilyTurn.User(context).Actor, ct).ConfigureAwait(false);
        named = ChooseChildDialog.EachNamed([.. list.Select(c => new ChildChoice(c.Id, c.Name))], context.Activity.Text);
        context.TurnState[NamedChildrenKey] = named;
        return named;
    }

    private const string NamedChildrenKey = "LeftBehind.Guardian.ConfirmLeave.NamedChildren";
}
