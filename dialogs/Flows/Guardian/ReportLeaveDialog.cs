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
/// 请假: which child, which days (今天 / 明天 / 这周 or a date), why (生病 / 有事). What the first message already says
/// ("小明发烧了 明天不去") is not asked again: it is read, then confirmed once. Attendance is marked through the
/// leave service and the head and paired teacher are told proactively.
/// </summary>
internal sealed class ReportLeaveDialog(ChooseChildDialog chooseChild, ILeaveService leave, IChildrenService children, IProactiveMessenger messenger, ILogger<ReportLeaveDialog> log)
    : ChildFlowDialog<ReportLeaveState>(Name, chooseChild, new LeaveDaysPrompt("days"), new ChoicePrompt("reason"), new ChoicePrompt("confirm"))
{
    public const string Name = nameof(ReportLeaveDialog);

    protected override IEnumerable<WaterfallStep<ReportLeaveState>> Steps => [AskDaysStepAsync, AskReasonStepAsync, ConfirmStepAsync, RecordLeaveStepAsync];

    protected override ChooseChildOptions WhichChild(WaterfallStepContext<ReportLeaveState> step)
    {
        var text = step.Context.Activity.Text;
        step.Values = step.Values with { Text = text };
        return new(GuardianText.Get(step.Context, "LeaveWhichChild")) { Text = text };
    }

    protected override ReportLeaveState WithChild(ReportLeaveState state, ChildChoice child) => state with { ChildId = child.Id };

    private static Task<DialogTurnResult> AskDaysStepAsync(WaterfallStepContext<ReportLeaveState> step, CancellationToken ct)
    {
        // Said in the first message, or in the answer that named the child ("小红后天家里有事").
        var today = FamilyTurn.Today(step.Context);
        if ((LeaveDaysPrompt.FromDate(step.Context, step.Values.Text, today) ?? LeaveDaysPrompt.FromDate(step.Context, step.Context.Activity.Text, today)) is { } said)
        {
            step.Values = step.Values with { Inferred = true };
            return step.NextAsync(said, ct);
        }
        var titles = GuardianText.Titles(step.Context, "DayToday", "DayTomorrow", "DayThisWeek");
        return step.PromptAsync("days", NumberedMenu.Options(step.Context, GuardianText.Get(step.Context, "LeaveWhichDays"), titles), ct);
    }

    private static Task<DialogTurnResult> AskReasonStepAsync(WaterfallStepContext<ReportLeaveState> step, CancellationToken ct)
    {
        if (step.Result is not LeaveDays days) return step.EndDialogAsync(null, ct);
        step.Values = step.Values with { From = days.From, To = days.To };
        var titles = GuardianText.Titles(step.Context, "ReasonSick", "ReasonOther");
        if ((LeaveReason.Find(step.Values.Text) ?? LeaveReason.Find(step.Context.Activity.Text)) is { } index)
        {
            step.Values = step.Values with { Inferred = true };
            return step.NextAsync(new FoundChoice(titles[index], index, 1.0), ct);
        }
        return step.PromptAsync("reason", NumberedMenu.Options(step.Context, GuardianText.Get(step.Context, "LeaveWhy"), titles), ct);
    }

    /// <summary>What was read from the first message is said back once ("王小明11月24日请病假，对吗？"); answered questions are not.</summary>
    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<ReportLeaveState> step, CancellationToken ct)
    {
        if (step.Result is not FoundChoice reason || step.Values is not { ChildId: { } childId, From: { } from, To: { } to })
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        step.Values = step.Values with { Reason = reason.Index };
        if (!step.Values.Inferred) return await step.NextAsync(new FoundChoice(string.Empty, 0, 1.0), ct).ConfigureAwait(false);
        var child = await children.GetChildAsync(FamilyTurn.User(step.Context).Actor, childId, ct).ConfigureAwait(false);
        var culture = ResxText.CultureOf(step.Context.Locale);
        var question = GuardianText.Get(step.Context, reason.Index == 0 ? "LeaveConfirmSick" : "LeaveConfirmOther", child?.Name ?? string.Empty, GuardianText.Dates(culture, from, to));
        return await step.PromptAsync("confirm", NumberedMenu.Options(step.Context, question, GuardianText.Titles(step.Context, "LeaveYes", "LeaveNo")), ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RecordLeaveStepAsync(WaterfallStepContext<ReportLeaveState> step, CancellationToken ct)
    {
        if (step.Result is not FoundChoice { Index: 0 })
        {
            if (step.Result is FoundChoice) await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "LeaveNotRecorded"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        if (step.Values is not { ChildId: { } childId, From: { } from, To: { } to, Reason: { } reasonIndex })
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var reason = new FoundChoice(GuardianText.Titles(step.Context, "ReasonSick", "ReasonOther")[reasonIndex], reasonIndex, 1.0);
        var user = FamilyTurn.User(step.Context);
        var sick = reason.Index == 0;
        var culture = ResxText.CultureOf(step.Context.Locale);
        LeaveResult result;
        try
        {
            result = await leave.RequestAsync(user.Actor, childId, from, to, sick ? AttendanceStatus.Sick : AttendanceStatus.Leave, reason.Value, ct).ConfigureAwait(false);
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
        foreach (var teacher in result.TeachersToNotify)
        {
            await messenger.SendAsync(teacher.Id, c => MessageFactory.Text(GuardianText.Get(c, sick ? "LeaveNoticeSick" : "LeaveNoticeOther",
                    user.Person.Name, childName, GuardianText.Dates(c, from, to), result.DaysMarked)),
                $"leave:{result.LeaveRequestId}:{teacher.Id}", cancellationToken: ct).ConfigureAwait(false);
        }
        log.LogInformation("Leave {LeaveId} for child {ChildId}: {Days} school days, {Teachers} teachers told", result.LeaveRequestId, childId, result.DaysMarked, result.TeachersToNotify.Count);
        await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "LeaveDone", childName, GuardianText.Dates(culture, from, to)), ct).ConfigureAwait(false);
        return await step.EndDialogAsync(result.LeaveRequestId, ct).ConfigureAwait(false);
    }
}
