using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// 记家访, the head teacher's visit each term: the child, the day (今天 or a date), then 住房安全, 监护照顾, 学习条件,
/// 孩子情绪 each 好 / 一般 / 需要关心 (or all four at once, "1213"), and one sentence of what was found. The record counts
/// in the term report; a visit stays with the school (the family is not sent it).
/// </summary>
internal sealed class RecordHomeVisitDialog : ComponentDialog
{
    public const string Name = nameof(RecordHomeVisitDialog);
    private const int MaxNote = 500;
    private static readonly VisitAspect[] Aspects = Enum.GetValues<VisitAspect>();
    private readonly ICareService _care;
    private readonly ILogger<RecordHomeVisitDialog> _log;

    public RecordHomeVisitDialog(ChooseChildDialog chooseChild, ICareService care, ILogger<RecordHomeVisitDialog> log) : base(Name)
    {
        _care = care;
        _log = log;
        AddDialog(new WaterfallDialog<RecordHomeVisitState>("steps", ChooseChildStep.Then<RecordHomeVisitState>(
            s => new ChooseChildOptions(CareText.Get(s.Context, "VisitWhichChild")) { Text = s.Context.Activity.Text },
            (s, child) => s with { Child = child },
            AskDayStepAsync, AskMarkStepAsync, AskMarkStepAsync, AskMarkStepAsync, AskMarkStepAsync, AskNoteStepAsync, SaveStepAsync)));
        AddDialog(chooseChild);
        AddDialog(new DateTimePrompt("day", NotInFutureAsync));
        AddDialog(new TextPrompt("mark", MarksAsync));
        AddDialog(new TextPrompt("note", NoteAsync));
        InitialDialogId = "steps";
    }

    private static Task<DialogTurnResult> AskDayStepAsync(WaterfallStepContext<RecordHomeVisitState> step, CancellationToken ct) =>
        step.PromptAsync("day", new PromptOptions
        {
            Prompt = MessageFactory.Text(CareText.Get(step.Context, "VisitAskDay", step.Values.Child!.Name)),
            RetryPrompt = MessageFactory.Text(CareText.Get(step.Context, "GuardianBadDate")),
            DatePreference = DatePreference.Past,
        }, ct);

    /// <summary>Keeps the day or the previous mark, then asks the next aspect still without one.</summary>
    private static Task<DialogTurnResult> AskMarkStepAsync(WaterfallStepContext<RecordHomeVisitState> step, CancellationToken ct)
    {
        if (step.Result is DateTimeResolution day) step.Values = step.Values with { On = Day(step.Context, day) };
        if (step.Values.On is null) return step.EndDialogAsync(null, ct);
        Keep(step);
        var next = step.Values.Marks.Count;
        if (next >= Aspects.Length) return step.NextAsync(null, ct);
        var context = step.Context;
        var question = CareText.Get(context, "VisitAsk", step.Values.Child!.Name, CareText.Get(context, "Visit_" + Aspects[next]));
        if (next == 0) question += CareText.Get(context, "VisitAllHint");
        var titles = TalkMarks.All.Select(m => CareText.Get(context, "Mark_" + m)).ToList();
        return step.PromptAsync("mark", new PromptOptions { Prompt = NumberedMenu.Render(question, titles), MaxLength = 40 }, ct);
    }

    private static Task<DialogTurnResult> AskNoteStepAsync(WaterfallStepContext<RecordHomeVisitState> step, CancellationToken ct)
    {
        Keep(step);
        if (step.Values.Marks.Count < Aspects.Length) return step.EndDialogAsync(null, ct);
        return step.PromptAsync("note", new PromptOptions { Prompt = MessageFactory.Text(CareText.Get(step.Context, "VisitAskNote")), MaxLength = MaxNote }, ct);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext<RecordHomeVisitState> step, CancellationToken ct)
    {
        if (step.Result is not string note || step.Values is not { Child: { } child, On: { } on, Marks: { Count: 4 } m }) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var context = step.Context;
        HomeVisitInfo visit;
        try
        {
            visit = await _care.RecordHomeVisitAsync(FamilyTurn.User(context).Actor, child.Id, new HomeVisitInput(on, m[0], m[1], m[2], m[3], note.Trim()), ct).ConfigureAwait(false);
        }
        catch (ArchiveException e) when (e.Error is ArchiveError.NotFound or ArchiveError.Forbidden)
        {
            await context.SendActivityAsync(FamilyText.Get(context, "ChildNotFound"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        _log.LogInformation("Home visit {VisitId} recorded for child {ChildId}", visit.Id, child.Id);
        var culture = Resources.ResxText.CultureOf(context.Locale);
        var needs = Aspects.Where((_, i) => m[i] == TalkMark.NeedsCare).Select(a => CareText.Get(culture, "Visit_" + a)).ToList();
        var saved = CareText.Get(context, "VisitSaved", child.Name, on.ToString(CareText.Get(culture, "DateFormat"), culture));
        // What needs care is named back, with the one step the school can take next.
        if (needs.Count > 0) saved += CareText.Get(context, "VisitNeedsCare", CareText.List(culture, needs));
        await context.SendActivityAsync(saved, ct).ConfigureAwait(false);
        return await step.EndDialogAsync(visit.Id, ct).ConfigureAwait(false);
    }

    private static void Keep(WaterfallStepContext<RecordHomeVisitState> step)
    {
        if (step.Result is string answer && TalkMarks.Read(answer, Aspects.Length) is { } marks)
            step.Values = step.Values with { Marks = marks.Count == Aspects.Length ? marks : [.. step.Values.Marks, marks[0]] };
    }

    private static DateOnly Day(ITurnContext context, DateTimeResolution day) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(day.Value, KernelTurnState.GetTimeZone(context)).DateTime);

    private static async Task<bool> MarksAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        if (TalkMarks.Read(prompt.Recognized.Value, Aspects.Length) is not null) return true;
        await prompt.Context.SendActivityAsync(CareText.Get(prompt.Context, "TalkBadMark"), ct).ConfigureAwait(false);
        return false;
    }

    private static async Task<bool> NoteAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(prompt.Recognized.Value)) return true;
        await prompt.Context.SendActivityAsync(CareText.Get(prompt.Context, "VisitAskNote"), ct).ConfigureAwait(false);
        return false;
    }

    /// <summary>No date at all ("1", "记不清了") is asked again with the retry prompt; a day still to come is refused.</summary>
    private static async Task<bool> NotInFutureAsync(PromptValidatorContext<DateTimeResolution> prompt, CancellationToken ct)
    {
        if (!prompt.Recognized.Succeeded || prompt.Recognized.Value is not { } day) return false;
        if (Day(prompt.Context, day) <= FamilyTurn.Today(prompt.Context)) return true;
        await prompt.Context.SendActivityAsync(CareText.Get(prompt.Context, "VisitFutureDay"), ct).ConfigureAwait(false);
        return false;
    }
}
