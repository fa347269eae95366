using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Parent;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// "小明今天到校了吗", "今天去学校没": a grandparent is told what the school recorded for the child, in one short
/// sentence — today unless the message names another day or a week or month (the access policy shows a guardian
/// their children's attendance, as it does the parents). A day with nothing recorded yet is said so, never guessed.
/// The question is remembered for a moment, so "那小红呢" asks the same about the other child.
/// </summary>
internal sealed class CheckAttendanceDialog(ChooseChildDialog chooseChild, IAttendanceService attendance, IChildrenService children, GuardianAccessors accessors)
    : ChildFlowDialog<CheckAttendanceState>(Name, chooseChild)
{
    public const string Name = nameof(CheckAttendanceDialog);

    protected override IEnumerable<WaterfallStep<CheckAttendanceState>> Steps => [TellStepAsync];

    protected override ChooseChildOptions WhichChild(WaterfallStepContext<CheckAttendanceState> step)
    {
        var text = FamilyTurn.RequestText(step.Context);
        step.Values = step.Values with { Text = text };
        return new(GuardianText.Get(step.Context, "AttendanceWhichChild"), step.GetOptions<CheckAttendanceOptions>()?.ChildId) { Text = text, AllowsAll = true };
    }

    protected override CheckAttendanceState WithChild(CheckAttendanceState state, ChildChoice child) => state with { ChildId = child.Id, ChildName = child.Name };

    protected override int? ChildOf(CheckAttendanceState state) => state.ChildId;

    private async Task<DialogTurnResult> TellStepAsync(WaterfallStepContext<CheckAttendanceState> step, CancellationToken ct)
    {
        if (step.Values is not { ChildId: { } childId, ChildName: { } name }) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var now = KernelTurnState.GetTimeProvider(step.Context).GetUtcNow();
        var zone = KernelTurnState.GetTimeZone(step.Context);
        var today = FamilyTurn.Today(step.Context);
        var period = AttendancePeriod.Find(step.Values.Text, now, zone) ?? AttendancePeriod.Find(FamilyTurn.RequestText(step.Context), now, zone) ?? AttendancePeriod.Today(today);
        var actor = FamilyTurn.User(step.Context).Actor;
        // "小明小红今天都到校了吗": one sentence per child, in one message.
        IEnumerable<ChildChoice> asked = childId == ChildChoice.AllId
            ? (await children.GetChildrenAsync(actor, ct).ConfigureAwait(false)).Select(c => new ChildChoice(c.Id, c.Name))
            : [new ChildChoice(childId, name)];
        var lines = new List<string>();
        foreach (var one in asked)
        {
            var report = await attendance.GetAsync(actor, one.Id, period.From, period.To, ct).ConfigureAwait(false);
            lines.Add(report is null ? FamilyText.Get(step.Context, "ChildNotFound") : Describe(step.Context, one.Name, period, today, report));
        }
        await step.Context.SendActivityAsync(string.Join("\n", lines), ct).ConfigureAwait(false);
        var memory = await accessors.Memory.GetAsync(step.Context, () => new GuardianMemory(), ct).ConfigureAwait(false);
        if (childId != ChildChoice.AllId) await accessors.Memory.SetAsync(step.Context, memory with { AttendanceChildId = childId, AttendanceAskedAt = now }, ct).ConfigureAwait(false);
        return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
    }

    /// <summary>One sentence: the day's mark ("王小明今天到校了。"), or for several days how many of each.</summary>
    private static string Describe(ITurnContext context, string child, AttendancePeriod period, DateOnly today, AttendanceReport report)
    {
        var culture = ResxText.CultureOf(context.Locale);
        var when = period.Kind switch
        {
            AttendancePeriodKind.Today => GuardianText.Get(context, "DayToday"),
            AttendancePeriodKind.ThisWeek => GuardianText.Get(context, "DayThisWeek"),
            AttendancePeriodKind.ThisMonth => GuardianText.Get(context, "PeriodThisMonth"),
            _ => GuardianText.Dates(culture, period.From, period.To),
        };
        if (report.Days.Count == 0) return GuardianText.Get(context, "AttendanceNone", child, when);
        if (period.From == period.To) return GuardianText.Get(context, "Attendance" + report.Days[0].Status, child, when);
        int Count(AttendanceStatus s) => report.Counts.TryGetValue(s, out var n) ? n : 0;
        return GuardianText.Get(context, "AttendanceDays", child, when, Count(AttendanceStatus.Present), Count(AttendanceStatus.Absent), Count(AttendanceStatus.Late),
            Count(AttendanceStatus.Leave) + Count(AttendanceStatus.Sick));
    }
}
