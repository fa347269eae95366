using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// A teacher's "王小明的爷爷住院了": which pupil (skipped when the message names one), then the gap is reported as
/// for a family member (<see cref="GuardianGapReporter"/>). Guardians and parents never get here: all the children
/// they care for are flagged in the turn of their message.
/// </summary>
internal sealed class ReportGuardianGapDialog : ComponentDialog
{
    public const string Name = nameof(ReportGuardianGapDialog);
    private readonly GuardianGapReporter _reporter;

    public ReportGuardianGapDialog(ChooseChildDialog chooseChild, GuardianGapReporter reporter) : base(Name)
    {
        _reporter = reporter;
        AddDialog(new WaterfallDialog<ReportGuardianGapState>("steps", ChooseChildStep.Then<ReportGuardianGapState>(WhichChild, (s, _) => s, ReportStepAsync)));
        AddDialog(chooseChild);
        InitialDialogId = "steps";
    }

    private static ChooseChildOptions WhichChild(WaterfallStepContext<ReportGuardianGapState> step)
    {
        var options = step.GetOptions<ReportGuardianGapOptions>();
        step.Values = step.Values with { Text = options?.Text ?? "", Reason = options?.Reason };
        return new ChooseChildOptions(CareText.Get(step.Context, "GapWhichChild")) { Text = options?.Text };
    }

    private async Task<DialogTurnResult> ReportStepAsync(WaterfallStepContext<ReportGuardianGapState> step, CancellationToken ct)
    {
        var child = (ChildChoice)step.Result!;
        await _reporter.ReportAsync(step.Context, [child.Id], step.Values.Text, step.Values.Reason, ct).ConfigureAwait(false);
        return await step.EndDialogAsync(child.Id, ct).ConfigureAwait(false);
    }
}
