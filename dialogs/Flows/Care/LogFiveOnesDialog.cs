using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// 记五个一: the proxy parent logs, for today, what leaves no other record — a call home they helped the child make, a
/// talk with the head teacher or with the guardian, a festival spent with the child — and hears the child's month so
/// far: what is done and what is still open (<see cref="FiveOnes"/>). Talks, letters, confirmed calls and answered
/// questions fill the month by themselves.
/// </summary>
internal sealed class LogFiveOnesDialog : ComponentDialog
{
    public const string Name = nameof(LogFiveOnesDialog);

    /// <summary>What may be logged, in the order offered.</summary>
    private static readonly CareVisitKind[] Kinds = [CareVisitKind.GuidedCall, CareVisitKind.HeadTeacherContact, CareVisitKind.GuardianContact, CareVisitKind.Festival];
    private readonly ICareService _care;
    private readonly ILogger<LogFiveOnesDialog> _log;

    public LogFiveOnesDialog(ChooseChildDialog chooseChild, ICareService care, ILogger<LogFiveOnesDialog> log) : base(Name)
    {
        _care = care;
        _log = log;
        AddDialog(new WaterfallDialog<LogFiveOnesState>("steps", ChooseChildStep.Then<LogFiveOnesState>(
            s => new ChooseChildOptions(CareText.Get(s.Context, "FiveWhichChild")) { Text = s.Context.Activity.Text },
            (s, child) => s with { Child = child },
            AskKindStepAsync, SaveStepAsync)));
        AddDialog(chooseChild);
        AddDialog(new ChoicePrompt("kind"));
        InitialDialogId = "steps";
    }

    private static Task<DialogTurnResult> AskKindStepAsync(WaterfallStepContext<LogFiveOnesState> step, CancellationToken ct)
    {
        var context = step.Context;
        var titles = Kinds.Select(k => CareText.Get(context, "FiveKind_" + k)).ToList();
        return step.PromptAsync("kind", NumberedMenu.Options(context, CareText.Get(context, "FiveAskKind", step.Values.Child!.Name), titles), ct);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext<LogFiveOnesState> step, CancellationToken ct)
    {
        if (step.Result is not FoundChoice picked || step.Values.Child is not { } child) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var context = step.Context;
        var actor = FamilyTurn.User(context).Actor;
        var kind = Kinds[picked.Index];
        var today = FamilyTurn.Today(context);
        try
        {
            var id = await _care.RecordVisitAsync(actor, child.Id, kind, today, null, ct).ConfigureAwait(false);
            _log.LogInformation("Five-ones {Kind} logged as visit {VisitId} for child {ChildId}", kind, id, child.Id);
        }
        catch (ArchiveException e) when (e.Error is ArchiveError.NotFound or ArchiveError.Forbidden)
        {
            await context.SendActivityAsync(FamilyText.Get(context, "ChildNotFound"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var culture = ResxText.CultureOf(context.Locale);
        var saved = CareText.Get(context, "FiveSaved", child.Name, CareText.Get(context, "FiveKind_" + kind));
        var month = (await _care.GetFiveOnesAsync(actor, today, ct).ConfigureAwait(false)).FirstOrDefault(r => r.ChildId == child.Id);
        // The month so far, only for a child the teacher is the proxy parent of (the 五个一 are theirs).
        if (month is not null)
        {
            saved += month.Missing.Count == 0
                ? CareText.Get(context, "FiveAllDone", child.Name)
                : CareText.Get(context, "FiveStillOpen", child.Name, FiveOnes.Items.Count - month.Missing.Count,
                    CareText.List(culture, month.Missing.Select(i => CareText.Get(culture, "FiveItem_" + i))));
        }
        await context.SendActivityAsync(saved, ct).ConfigureAwait(false);
        return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
    }
}
