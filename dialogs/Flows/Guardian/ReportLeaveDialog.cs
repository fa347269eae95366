using LeftBehind.Dialogs.Notifications;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Terms;
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
/// 请假: which child, which days (今天 / 明天 / 这周 or a date), a day without school confirmed first, why (生病 / 有事 or
/// the guardian's own words, kept as said: "发烧"). What the first message already says ("小明发烧了 明天不去") is not
/// asked again: it is read, then confirmed once. Attendance is marked through the leave service and the head and
/// paired teacher are told proactively — once: asking again for the same days updates the one record.
/// </summary>
internal sealed class ReportLeaveDialog(ChooseChildDialog chooseChild, ILeaveService leave, IChildrenService children, IAttendanceService attendance, IProactiveMessenger messenger, ITermCalendar calendar,
    Understanding.ITextAnalyzer analyzer, ILogger<ReportLeaveDialog> log)
    : ChildFlowDialog<ReportLeaveState>(Name, chooseChild, new LeaveDaysPrompt("days", analyzer), new ChoicePrompt("schoolday"), new TextPrompt("reason", (prompt, ct) => SaysMoreThanAChildsNameAsync(prompt, children, ct)),
        new ConfirmLeaveDialog(children, analyzer, (from, to) => HasSchoolDay(calendar, from, to)))
{
    public const string Name = nameof(ReportLeaveDialog);
    private const int MaxReasonLength = 100;

    protected override IEnumerable<WaterfallStep<ReportLeaveState>> Steps => [AskDaysStepAsync, ConfirmSchoolDayStepAsync, AskReasonStepAsync, ConfirmStepAsync, ConfirmChangedDayStepAsync, RecordLeaveStepAsync];

    protected override ChooseChildOptions WhichChild(WaterfallStepContext<ReportLeaveState> step)
    {
        var text = FamilyTurn.RequestText(step.Context);
        step.Values = step.Values with { Text = text };
        // "小明今天发烧了" from the aunt of 张浩然: another family's child is declined, never taken for her own.
        return new(GuardianText.Get(step.Context, "LeaveWhichChild")) { Text = text, NotVisible = GuardianText.Get(step.Context, "LeaveOnlyOwn") };
    }

    protected override ReportLeaveState WithChild(ReportLeaveState state, ChildChoice child) => state with { ChildId = child.Id };

    protected override int? ChildOf(ReportLeaveState state) => state.ChildId;

    private async Task<DialogTurnResult> AskDaysStepAsync(WaterfallStepContext<ReportLeaveState> step, CancellationToken ct)
    {
        // Said in the first message, or in the answer that named the child ("小红后天家里有事").
        var today = FamilyTurn.Today(step.Context);
        if ((await LeaveDaysPrompt.FromDateAsync(step.Context, analyzer, step.Values.Text, today, ct).ConfigureAwait(false)
            ?? await LeaveDaysPrompt.FromDateAsync(step.Context, analyzer, FamilyTurn.RequestText(step.Context), today, ct).ConfigureAwait(false)) is { } said)
        {
            step.Values = step.Values with { Inferred = true };
            return await step.NextAsync(said, ct).ConfigureAwait(false);
        }
        // Turned to the other child at this question ("那小明呢"): the question names the child it is now about.
        var question = FamilyTurn.SwitchedChild(step.Context) is { } switched ? GuardianText.Get(step.Context, "LeaveWhichDaysFor", switched.Name) : GuardianText.Get(step.Context, "LeaveWhichDays");
        // 咋还没好: the sick child's leave goes on; only the days are asked, naming the child it is about.
        if (FamilyTurn.SwitchedChild(step.Context) is null && RefersBack.StillUnwell(step.Values.Text) && step.Values.ChildId is { } childId
            && await children.GetChildAsync(FamilyTurn.User(step.Context).Actor, childId, ct).ConfigureAwait(false) is { } child)
            question = GuardianText.Get(step.Context, "LeaveWhichDaysStillUnwell", child.Name);
        return await step.PromptAsync("days", DaysQuestion(step.Context, question), ct).ConfigureAwait(false);
    }

    private static PromptOptions DaysQuestion(ITurnContext context, string question) =>
        NumberedMenu.Options(context, question, GuardianText.Titles(context, "DayToday", "DayTomorrow", "DayThisWeek"));

    /// <summary>Days that are all without school (weekend, holiday, vacation in the 校历) are confirmed first: leave for them is taken only after the guardian says so.</summary>
    private Task<DialogTurnResult> ConfirmSchoolDayStepAsync(WaterfallStepContext<ReportLeaveState> step, CancellationToken ct)
    {
        if (step.Result is not LeaveDays days)
        {
            // The reason came first ("发烧了"): kept for the reason's question, and only the day asked again, in one short sentence.
            if (LeaveDaysPrompt.SaysOnlyAReason(step.Context.Activity.Text))
            {
                step.Values = step.Values with { EarlyReason = step.Context.Activity.Text!.Trim() };
                var again = DaysQuestion(step.Context, GuardianText.Get(step.Context, "LeaveWhichDaysReasonKept"));
                return step.AskAgainAsync("days", again with { RetryPrompt = DaysQuestion(step.Context, GuardianText.Get(step.Context, "LeaveWhichDays")).RetryPrompt }, ct);
            }
            return step.EndDialogAsync(null, ct);
        }
        step.Values = step.Values with { From = days.From, To = days.To };
        if (HasSchoolDay(calendar, days.From, days.To)) return step.NextAsync(true, ct);
        return AskNoSchoolDayAsync(step, days, ct);
    }

    private static Task<DialogTurnResult> AskNoSchoolDayAsync(WaterfallStepContext<ReportLeaveState> step, LeaveDays days, CancellationToken ct)
    {
        var culture = ResxText.CultureOf(step.Context.Locale);
        var question = GuardianText.Get(step.Context, "LeaveNoSchoolDayAsk", GuardianText.Dates(culture, days.From, days.To));
        return step.PromptAsync("schoolday", NumberedMenu.Options(step.Context, question, GuardianText.Titles(step.Context, "LeaveNoSchoolDayYes", "LeaveNoSchoolDayNo")), ct);
    }

    /// <summary>
    /// A day without school said at the confirmation ("明天" on a Friday) is asked about as the first day was; 要请假（补课）
    /// records the leave for it (the guardian has said which days and why), 不用了 records nothing.
    /// </summary>
    private static Task<DialogTurnResult> ConfirmChangedDayStepAsync(WaterfallStepContext<ReportLeaveState> step, CancellationToken ct)
    {
        if (step.Result is not ConfirmedLeave { NoSchoolDay: true, Days: { } days } changed) return step.NextAsync(step.Result, ct);
        step.Values = step.Values with { ChildId = changed.ChildId, From = days.From, To = days.To };
        return AskNoSchoolDayAsync(step, days, ct);
    }

    private async Task<DialogTurnResult> AskReasonStepAsync(WaterfallStepContext<ReportLeaveState> step, CancellationToken ct)
    {
        if (step.Result is FoundChoice { Index: not 0 } || step.Result is null)
        {
            if (step.Result is FoundChoice) await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "LeaveNoSchoolDays"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        step.Values = step.Values with { IncludeNonSchoolDays = step.Result is FoundChoice };
        // 咋还没好: the sick leave goes on with its reason (发烧), not with 咋还没好 as the reason the teachers are told.
        if (await StillUnwellReasonAsync(step, ct).ConfigureAwait(false) is { } earlier)
        {
            step.Values = step.Values with { Inferred = true, Reason = 0 };
            return await step.NextAsync(earlier, ct).ConfigureAwait(false);
        }
        // Said in the first message ("小明发烧了 明天不去"): read, and the guardian's words kept as the reason.
        string? words = null;
        int? index = null;
        foreach (var said in new[] { step.Values.Text, step.Values.EarlyReason, FamilyTurn.RequestText(step.Context) })
        {
            if (LeaveReason.Find(said) is not { } reason) continue;
            (words, index) = (said, reason);
            break;
        }
        if (index is { } found && words is not null)
        {
            step.Values = step.Values with { Inferred = true, Reason = found };
            return await step.NextAsync(words, ct).ConfigureAwait(false);
        }
        // The two usual reasons are numbered, but the guardian's own words ("发烧") are kept as the reason.
        var titles = GuardianText.Titles(step.Context, "ReasonSick", "ReasonOther");
        // Any words are a reason, so only a child's name alone is refused: the question is simply asked again.
        var options = NumberedMenu.Options(step.Context, GuardianText.Get(step.Context, "LeaveWhy"), titles) with { MaxLength = MaxReasonLength };
        options = options with { RetryPrompt = options.Prompt };
        return await step.PromptAsync("reason", options, ct).ConfigureAwait(false);
    }

    /// <summary>How far back a sick leave is gone on from by 咋还没好.</summary>
    private const int StillUnwellLookBackDays = 14;

    /// <summary>
    /// The reason of the child's latest sick day in the last <see cref="StillUnwellLookBackDays"/> days, when the leave
    /// was begun by 咋还没好 for the same child; null otherwise (or when no sick day had a reason).
    /// </summary>
    private async Task<string?> StillUnwellReasonAsync(WaterfallStepContext<ReportLeaveState> step, CancellationToken ct)
    {
        if (!RefersBack.StillUnwell(step.Values.Text) || FamilyTurn.SwitchedChild(step.Context) is not null || step.Values is not { ChildId: { } childId, From: { } from })
            return null;
        var report = await attendance.GetAsync(FamilyTurn.User(step.Context).Actor, childId, from.AddDays(-StillUnwellLookBackDays), from, ct).ConfigureAwait(false);
        // The first day's words are its own ("今天不去了"): the leave that goes on keeps what they meant (LeaveReason.Meant).
        return report?.Days.Where(d => d.Status == AttendanceStatus.Sick && !string.IsNullOrWhiteSpace(d.Reason) && !RefersBack.StillUnwell(d.Reason))
            .OrderByDescending(d => d.Date).Select(d => LeaveReason.Meant(d.Reason!)).FirstOrDefault();
    }

    /// <summary>What was read from the first message is said back once ("王小明11月24日请病假，对吗？"); answered questions are not.</summary>
    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<ReportLeaveState> step, CancellationToken ct)
    {
        if (step.Result is not string said || step.Values is not { ChildId: { } childId, From: { } from, To: { } to })
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        step.Values = step.Values with { Said = said };
        if (!step.Values.Inferred) return await step.NextAsync(new ConfirmedLeave(true, childId), ct).ConfigureAwait(false);
        var (sick, _, _) = ReasonOf(step.Context, step.Values);
        var child = await children.GetChildAsync(FamilyTurn.User(step.Context).Actor, childId, ct).ConfigureAwait(false);
        return await step.BeginDialogAsync(ConfirmLeaveDialog.Name, new ConfirmLeaveOptions(new ChildChoice(childId, child?.Name ?? string.Empty), sick, from, to), ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RecordLeaveStepAsync(WaterfallStepContext<ReportLeaveState> step, CancellationToken ct)
    {
        var answer = step.Result;
        // The answer to a day without school said at the confirmation (ConfirmChangedDayStepAsync).
        if (answer is FoundChoice { Index: var asked })
        {
            if (asked != 0 || step.Values.ChildId is not { } kept)
            {
                await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "LeaveNoSchoolDays"), ct).ConfigureAwait(false);
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            }
            step.Values = step.Values with { IncludeNonSchoolDays = true };
            answer = new ConfirmedLeave(true, kept);
        }
        if (answer is not ConfirmedLeave { Yes: true } confirmed)
        {
            if (answer is ConfirmedLeave) await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "LeaveNotRecorded"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        // "小红呢" or "明天" at the confirmation: the leave is for the child and the days it ended on.
        step.Values = step.Values with { ChildId = confirmed.ChildId, From = confirmed.Days?.From ?? step.Values.From, To = confirmed.Days?.To ?? step.Values.To };
        if (step.Values is not { ChildId: { } childId, From: { } from, To: { } to, Said: not null })
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var (sick, reason, own) = ReasonOf(step.Context, step.Values);
        var user = FamilyTurn.User(step.Context);
        var culture = ResxText.CultureOf(step.Context.Locale);
        LeaveResult result;
        try
        {
            result = await leave.RequestAsync(user.Actor, childId, from, to, sick ? AttendanceStatus.Sick : AttendanceStatus.Leave, reason, ct, step.Values.IncludeNonSchoolDays).ConfigureAwait(false);
        }
        catch (ArchiveException e)
        {
            await step.Context.SendActivityAsync(GuardianText.Get(step.Context, e.Error == ArchiveError.Invalid ? "LeaveInvalid" : "LeaveRefused"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var child = await children.GetChildAsync(user.Actor, childId, ct).ConfigureAwait(false);
        var childName = child?.Name ?? string.Empty;
        if (result.DaysMarked == 0)
        {
            await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "LeaveNoSchoolDays"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(result.LeaveRequestId, ct).ConfigureAwait(false);
        }
        // The record keeps the guardian's words as written (发骚了); what the service says in its own words mends the typo.
        // Asked again for days already on leave: the record is updated and the teachers, who know, are not told twice.
        if (result.Repeat && result.NewDays == 0)
        {
            await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "LeaveAlready", childName, GuardianText.Dates(culture, from, to), LeaveReason.Corrected(reason)), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(result.LeaveRequestId, ct).ConfigureAwait(false);
        }
        foreach (var teacher in result.TeachersToNotify)
        {
            await messenger.SendAsync(teacher.Id, FamilyNotifications.LeaveNotice(result.LeaveRequestId, teacher.Id, sick, user.Person.Name, childName, from, to,
                    result.DaysMarked, c => GuardianText.Dates(c, from, to), own ? LeaveReason.Corrected(reason) : null) with { WrittenBy = user.Person.PersonId }, ct).ConfigureAwait(false);
        }
        log.LogInformation("Leave {LeaveId} for child {ChildId}: {Days} days, {Teachers} teachers told (repeat: {Repeat})", result.LeaveRequestId, childId, result.DaysMarked, result.TeachersToNotify.Count, result.Repeat);
        await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "LeaveDone", childName, GuardianText.Dates(culture, from, to)), ct).ConfigureAwait(false);
        return await step.EndDialogAsync(result.LeaveRequestId, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// "小红" alone at 「为什么请假？」 names a child and says no reason (it was kept as the reason of 王小明's leave): the
    /// question is asked again. A reason that names the child ("小明要去看牙") is a reason. "啥" (he did not understand the
    /// question) is none either: it was sent to the teachers as the reason.
    /// </summary>
    private static async Task<bool> SaysMoreThanAChildsNameAsync(PromptValidatorContext<string> prompt, IChildrenService children, CancellationToken ct)
    {
        if (!prompt.Recognized.Succeeded || prompt.Recognized.Value is not { } text || PuzzledAnswer.Matches(text)) return false;
        // 对, 好的, 嗯 (said as to a confirmation) is no reason either: it was kept as one (请事假). The numbers and the
        // titles (生病, 有事) still answer.
        if (SaysOnlyYesOrNo(prompt.Context, text)) return false;
        if (TextNormalizer.Compact(text).Length > MaxChildNameLength) return true;
        var mine = (await children.GetChildrenAsync(FamilyTurn.User(prompt.Context).Actor, ct).ConfigureAwait(false)).Select(c => new ChildChoice(c.Id, c.Name)).ToList();
        return ChooseChildDialog.Named(mine, text) is not { } named || ChooseChildDialog.WordsBesideName(text, named) > 0;
    }

    private const int MaxChildNameLength = 8;

    /// <summary>Longer is a sentence that may hold a reason ("好像发烧了").</summary>
    private const int MaxBareYesLength = 3;

    private static bool SaysOnlyYesOrNo(ITurnContext context, string text) =>
        TextNormalizer.Compact(text).Length <= MaxBareYesLength && !NumberRecognizer.TryRecognizeWhole(text, out _)
        && ConfirmRecognizer.Recognize(text) is not null && LeaveReason.Find(text) is null
        && ChoiceRecognizer.Recognize(text, GuardianText.Titles(context, "ReasonSick", "ReasonOther").Select(t => new Choice(t)).ToList()) is null;

    /// <summary>Read from the first message: sick as <see cref="LeaveReason"/> found it, the message kept as the words.</summary>
    private static (bool Sick, string Reason, bool Own) ReasonOf(ITurnContext context, ReportLeaveState state) =>
        state.Reason is { } index ? (index == 0, state.Said!.Trim(), true) : Reason(context, state.Said!);

    /// <summary>1 / 生病 and 2 / 有事 as picked; anything else is the guardian's own reason, sick when it names an illness.</summary>
    private static (bool Sick, string Reason, bool Own) Reason(ITurnContext context, string said)
    {
        var titles = GuardianText.Titles(context, "ReasonSick", "ReasonOther");
        if (ChoiceRecognizer.Recognize(said, titles.Select(t => new Choice(t)).ToList()) is { } picked) return (picked.Index == 0, picked.Value, false);
        var folded = LeaveReason.Corrected(TextNormalizer.Fold(said));
        var sickWords = GuardianText.Get(context, "SickWords").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sick = sickWords.Any(w => folded.Contains(TextNormalizer.Fold(w), StringComparison.Ordinal)) || LeaveReason.Find(said) == 0;
        return (sick, said.Trim(), true);
    }

    private static bool HasSchoolDay(ITermCalendar calendar, DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (calendar.InSession(d)) return true;
        }
        return false;
    }
}
