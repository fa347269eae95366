using System.Text;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// "孩子这周上学了吗": the child's attendance for today, this week, this month or a named day, with absences and late
/// days counted as numbers (parents underestimate absences) and the reasons on record.
/// </summary>
internal sealed class AskAttendanceDialog(IAttendanceService attendance, IChildrenService children, ChooseChildDialog chooseChild, ParentAccessors accessors)
    : ChildFlowDialog<AskAttendanceState>(Name, chooseChild, new ChoicePrompt(PeriodPrompt, AcceptsChoiceOrDateAsync))
{
    public const string Name = nameof(AskAttendanceDialog);
    private const string PeriodPrompt = "period";
    private static readonly AttendanceStatus[] Unusual = [AttendanceStatus.Absent, AttendanceStatus.Late, AttendanceStatus.Leave, AttendanceStatus.Sick];

    protected override IEnumerable<WaterfallStep<AskAttendanceState>> Steps => [AskPeriodStepAsync, ShowAttendanceStepAsync];

    protected override AskAttendanceState WithChild(AskAttendanceState state, ChildChoice child) => state with { Child = child };

    protected override int? ChildOf(AskAttendanceState state) => state.Child?.Id;

    protected override ChooseChildOptions WhichChild(WaterfallStepContext<AskAttendanceState> step)
    {
        var options = step.GetOptions<ParentFlowOptions>();
        step.Values = step.Values with { Text = options?.Text, Period = options?.Period };
        return ParentChildQuestion.For(step.Context, options, allowsAll: true);
    }

    /// <summary>
    /// "小红昨天去学校没" at 想看王小明哪段时间的出勤？ (found playing the mother, in English with the name in pinyin):
    /// a message naming the other child is about that child, and its day is read on from there; it was answered for 王小明.
    /// The same child named ("小明昨天呢") is an answer to the question as before.
    /// </summary>
    protected override ChildChoice? TurnsTo(IReadOnlyList<ChildChoice> children, string text, int current) =>
        base.TurnsTo(children, text, current) ?? (ChooseChildDialog.Named(children, text) is { IsAll: false } named && named.Id != current ? named : null);

    private static Task<DialogTurnResult> AskPeriodStepAsync(WaterfallStepContext<AskAttendanceState> step, CancellationToken ct)
    {
        var child = step.Values.Child!;
        var (now, zone) = Clock(step.Context);
        // The period may be in the first message or in the answer that named the child ("小红上周三呢").
        if ((AttendancePeriod.Find(step.Values.Text, now, zone) ?? AttendancePeriod.Find(step.Context.Activity.Text, now, zone) ?? step.Values.Period) is { } period)
            return step.NextAsync(period, ct);
        var t = ParentText.Strings;
        return step.PromptAsync(PeriodPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(t.Get(step.Context, "WhichPeriod", child.Name)),
            RetryPrompt = MessageFactory.Text(t.Get(step.Context, "WhichPeriodRetry")),
            Choices = [new Choice(t.Get(step.Context, "PeriodToday")), new Choice(t.Get(step.Context, "PeriodThisWeek")), new Choice(t.Get(step.Context, "PeriodThisMonth"))],
        }, ct);
    }

    private async Task<DialogTurnResult> ShowAttendanceStepAsync(WaterfallStepContext<AskAttendanceState> step, CancellationToken ct)
    {
        var (now, zone) = Clock(step.Context);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var period = step.Result switch
        {
            AttendancePeriod p => p,
            FoundChoice { Index: 0 } => AttendancePeriod.Today(today),
            FoundChoice { Index: 1 } => AttendancePeriod.ThisWeek(today),
            FoundChoice => AttendancePeriod.ThisMonth(today),
            // The prompt let a date through in place of a choice: read it from this very message.
            _ => AttendancePeriod.Find(step.Context.Activity.Text, now, zone),
        };
        if (period is null || step.Values.Child is not { } child) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var user = CurrentUser.From(step.Context)!;
        // "两个都看看": one answer per child, in one message.
        IEnumerable<ChildChoice> asked = child.IsAll
            ? (await children.GetChildrenAsync(user.Actor, ct).ConfigureAwait(false)).Select(c => new ChildChoice(c.Id, c.Name))
            : [child];
        var replies = new List<string>();
        foreach (var one in asked)
        {
            var report = await attendance.GetAsync(user.Actor, one.Id, period.From, period.To, ct).ConfigureAwait(false);
            replies.Add(report is null ? ParentText.Strings.Get(step.Context, "OnlyOwnChildren") : Describe(step.Context, one, period, report));
        }
        await step.Context.SendActivityAsync(string.Join("\n\n", replies), ct).ConfigureAwait(false);
        var memory = await accessors.Memory.GetAsync(step.Context, () => new ParentMemory(), ct).ConfigureAwait(false);
        memory.LastAttendance = new LastAttendanceQuestion(child.Id, period, now);
        return await step.EndDialogAsync(period, ct).ConfigureAwait(false);
    }

    /// <summary>One message: the period, the counts as numbers, then each unusual day with its recorded reason.</summary>
    public static string Describe(ITurnContext context, ChildChoice child, AttendancePeriod period, AttendanceReport report)
    {
        var t = ParentText.Strings;
        var label = PeriodLabel(context, period);
        if (report.Days.Count == 0) return t.Get(context, "AttendanceNone", child.Name, label);
        int Count(AttendanceStatus s) => report.Counts.TryGetValue(s, out var n) ? n : 0;
        var sb = new StringBuilder(t.Get(context, "AttendanceSummary", child.Name, label, report.Days.Count,
            Count(AttendanceStatus.Present), Count(AttendanceStatus.Absent), Count(AttendanceStatus.Late), Count(AttendanceStatus.Leave) + Count(AttendanceStatus.Sick)));
        foreach (var day in report.Days.Where(d => Unusual.Contains(d.Status)))
        {
            sb.Append('\n').Append(t.Get(context, "AttendanceDay", day.Date.ToDateTime(TimeOnly.MinValue), t.Get(context, "Status" + day.Status),
                string.IsNullOrWhiteSpace(day.Reason) ? t.Get(context, "NoReason") : day.Reason));
        }
        // 天天按时到校 says every day at school: not for a week with a sick day or leave in it.
        if (Count(AttendanceStatus.Present) == report.Days.Count) sb.Append('\n').Append(t.Get(context, "AttendanceAllGood"));
        return sb.ToString();
    }

    private static string PeriodLabel(ITurnContext context, AttendancePeriod period)
    {
        var from = period.From.ToDateTime(TimeOnly.MinValue);
        var to = period.To.ToDateTime(TimeOnly.MinValue);
        // Asked on a Monday (or on the 1st), this week (month) so far is one day: "这周（12月7日）", never "12月7日到12月7日".
        var oneDay = period.From == period.To && period.Kind is AttendancePeriodKind.ThisWeek or AttendancePeriodKind.ThisMonth;
        return ParentText.Strings.Get(context, "Label" + period.Kind + (oneDay ? "OneDay" : ""), from, to);
    }

    private static Task<bool> AcceptsChoiceOrDateAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct)
    {
        if (prompt.Recognized.Succeeded) return Task.FromResult(true);
        var (now, zone) = Clock(prompt.Context);
        return Task.FromResult(AttendancePeriod.Find(prompt.Context.Activity.Text, now, zone) is not null);
    }

    private static (DateTimeOffset Now, TimeZoneInfo Zone) Clock(ITurnContext context) =>
        (KernelTurnState.GetTimeProvider(context).GetUtcNow(), KernelTurnState.GetTimeZone(context));
}
