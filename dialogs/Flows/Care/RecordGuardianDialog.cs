using System.Globalization;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Notifications;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// 登记临时监护人 (Minors Protection Law Art. 23): the entrusted person's name, how they are related, their phone (or
/// none), given in any order and in any answer (also in the command itself) and never asked twice. A parent answering
/// the gap notice records one guardian for all their flagged children at once; otherwise the child is chosen. A
/// parent's own message is the notice (today, in this chat); a teacher records how and on which day the parents told
/// the school. Saving closes the children's guardian gaps and tells the head teacher once.
/// </summary>
internal sealed class RecordGuardianDialog : ComponentDialog
{
    public const string Name = nameof(RecordGuardianDialog);
    private const string Steps = "steps";
    private const int MaxName = 20;
    private static readonly EntrustmentNotice[] Notices = [EntrustmentNotice.Written, EntrustmentNotice.Phone, EntrustmentNotice.InPerson, EntrustmentNotice.Chat];
    private static readonly HashSet<string> NoPhoneWords = CareText.WordsInAllLanguages("GuardianNoPhoneWords").Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    private readonly ICareService _care;
    private readonly IProactiveMessenger _messenger;
    private readonly ILogger<RecordGuardianDialog> _log;

    public RecordGuardianDialog(ChooseChildDialog chooseChild, ICareService care, IProactiveMessenger messenger, ILogger<RecordGuardianDialog> log) : base(Name)
    {
        _care = care;
        _messenger = messenger;
        _log = log;
        AddDialog(new WaterfallDialog<RecordGuardianState>(Steps,
            [ChooseChildrenStepAsync, AskDetailStepAsync, KeepDetailStepAsync, AskHowStepAsync, AskDateStepAsync, SaveStepAsync]));
        AddDialog(chooseChild);
        AddDialog(new TextPrompt("name", NameIsShortAsync));
        AddDialog(new TextPrompt("relation"));
        AddDialog(new TextPrompt("phone", PhoneOrNoneAsync));
        AddDialog(new ChoicePrompt("how"));
        AddDialog(new DateTimePrompt("date", NotInFutureAsync));
        InitialDialogId = Steps;
    }

    /// <summary>
    /// The children: a parent's flagged children all at once (the notice's answer), else the one chosen. What the
    /// starting message already says of the guardian ("临时监护人 王桂芳 姑姑 138…") is kept.
    /// </summary>
    private async Task<DialogTurnResult> ChooseChildrenStepAsync(WaterfallStepContext<RecordGuardianState> step, CancellationToken ct)
    {
        // Asked again for a part still missing: the state so far comes back as the options.
        if (step.GetOptions<RecordGuardianState>() is { Children.Count: > 0 } known)
        {
            step.Values = known;
            return await step.NextAsync(null, ct).ConfigureAwait(false);
        }
        step.Values = step.Values.With(GuardianDetails.Parse(step.Context.Activity.Text));
        var actor = FamilyTurn.User(step.Context).Actor;
        if (actor.Role == ActorRole.Parent)
        {
            var gaps = await _care.GetOpenGuardianGapsAsync(actor, ct).ConfigureAwait(false);
            if (gaps.Count > 0)
            {
                step.Values = step.Values with { Children = gaps.Select(g => new ChildChoice(g.ChildId, g.ChildName)).ToList() };
                return await step.NextAsync(null, ct).ConfigureAwait(false);
            }
        }
        return await step.BeginDialogAsync(ChooseChildDialog.Name, new ChooseChildOptions(CareText.Get(step.Context, "GuardianWhichChild")), ct).ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> AskDetailStepAsync(WaterfallStepContext<RecordGuardianState> step, CancellationToken ct)
    {
        if (step.Values.Children.Count == 0)
        {
            if (step.Result is not ChildChoice child) return step.EndDialogAsync(null, ct);
            step.Values = step.Values with { Children = [child] };
        }
        var values = step.Values;
        var children = ChildNames(step.Context, values.Children);
        return values.NextQuestion() switch
        {
            "name" => step.PromptAsync("name", new PromptOptions { Prompt = MessageFactory.Text(CareText.Get(step.Context, "GuardianAskName", children)), MaxLength = 200 }, ct),
            "relation" => step.PromptAsync("relation", new PromptOptions { Prompt = MessageFactory.Text(CareText.Get(step.Context, "GuardianAskRelation", values.Name!)), MaxLength = 64 }, ct),
            "phone" => step.PromptAsync("phone", new PromptOptions
            {
                Prompt = MessageFactory.Text(CareText.Get(step.Context, "GuardianAskPhone", values.Name!)),
                RetryPrompt = MessageFactory.Text(CareText.Get(step.Context, "GuardianBadPhone")),
                MaxLength = 60,
            }, ct),
            _ => step.NextAsync(null, ct),
        };
    }

    /// <summary>Keeps every part the answer gives, whichever was asked; asks again for what is still missing.</summary>
    private static Task<DialogTurnResult> KeepDetailStepAsync(WaterfallStepContext<RecordGuardianState> step, CancellationToken ct)
    {
        if (step.Result is string answer)
        {
            var asked = step.Values.NextQuestion();
            var text = answer.Trim();
            var details = GuardianDetails.Parse(text);
            details = asked switch
            {
                // A bare answer to the question asked is that part, whatever it looks like ("周大姐", "邻居家大姐").
                "name" when details.Name is null && details.Relation is null && details.Phone is null => details with { Name = text },
                "relation" when details.Relation is null => details with { Relation = details.Name ?? text, Name = null },
                _ => details,
            };
            step.Values = step.Values.With(details);
            if (asked == "phone" && details.Phone is null) step.Values = step.Values with { NoPhone = true };
            if (step.Values.NextQuestion() is not null) return step.ReplaceDialogAsync(Steps, step.Values, ct);
        }
        else if (step.Values.NextQuestion() is not null)
        {
            return step.EndDialogAsync(null, ct);
        }
        return step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskHowStepAsync(WaterfallStepContext<RecordGuardianState> step, CancellationToken ct)
    {
        // A parent's own message in this chat is the notice to the school.
        if (FamilyTurn.User(step.Context).Actor.Role == ActorRole.Parent)
        {
            step.Values = step.Values with { How = EntrustmentNotice.Chat };
            return step.NextAsync(null, ct);
        }
        var titles = Notices.Select(n => CareText.Get(step.Context, "How_" + n)).ToList();
        return step.PromptAsync("how", NumberedMenu.Options(step.Context, CareText.Get(step.Context, "GuardianAskHow"), titles), ct);
    }

    private static Task<DialogTurnResult> AskDateStepAsync(WaterfallStepContext<RecordGuardianState> step, CancellationToken ct)
    {
        if (step.Values.How is not null) return step.NextAsync(null, ct);
        if (step.Result is not FoundChoice how) return step.EndDialogAsync(null, ct);
        step.Values = step.Values with { How = Notices[how.Index] };
        return step.PromptAsync("date", new PromptOptions
        {
            Prompt = MessageFactory.Text(CareText.Get(step.Context, "GuardianAskDate")),
            RetryPrompt = MessageFactory.Text(CareText.Get(step.Context, "GuardianBadDate")),
            DatePreference = DatePreference.Past,
        }, ct);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext<RecordGuardianState> step, CancellationToken ct)
    {
        var context = step.Context;
        var zone = KernelTurnState.GetTimeZone(context);
        var toldOn = step.Result is DateTimeResolution date ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(date.Value, zone).DateTime) : FamilyTurn.Today(context);
        if (step.Values is not { Name: { } name, How: { } how } values || values.Children.Count == 0) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var user = FamilyTurn.User(context);
        var input = new EntrustmentInput(name.Trim(), values.Phone, values.Relation?.Trim(), toldOn, how);
        var saved = new List<EntrustmentInfo>();
        foreach (var child in values.Children)
        {
            try
            {
                saved.Add(await _care.RecordGuardianAsync(user.Actor, child.Id, input, ct).ConfigureAwait(false));
                _log.LogInformation("Entrusted guardian {EntrustmentId} recorded for child {ChildId}", saved[^1].Id, child.Id);
            }
            catch (ArchiveException e) when (e.Error is ArchiveError.NotFound or ArchiveError.Forbidden or ArchiveError.Invalid)
            {
                _log.LogInformation("Entrusted guardian not recorded for child {ChildId}: {Error}", child.Id, e.Error);
            }
        }
        if (saved.Count == 0)
        {
            await context.SendActivityAsync(FamilyText.Get(context, "ChildNotFound"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var first = saved[0];
        // The confirmation names every child the guardian now stands for.
        await context.SendActivityAsync(CareText.Get(context, "GuardianSaved", ChildNames(context, saved.Select(s => new ChildChoice(s.ChildId, s.ChildName))),
            first.Name, first.Relation ?? "", Day(ResxText.CultureOf(context.Locale), first.ToldOn), CareText.Get(context, "How_" + first.ToldHow)), ct).ConfigureAwait(false);
        // Each head teacher hears once, of all their children this guardian now stands for.
        foreach (var byHead in saved.Where(s => s.HeadTeacher is { } head && head.Id != user.Person.PersonId).GroupBy(s => s.HeadTeacher!.Id))
        {
            var names = byHead.Select(s => s.ChildName).ToList();
            await _messenger.SendAsync(byHead.Key, FamilyNotifications.GuardianRegistered(byHead.Key, byHead.First().Id, names, first.Name, first.Relation, first.Phone,
                c => Day(c, first.ToldOn), c => CareText.Get(c, "How_" + first.ToldHow)), ct).ConfigureAwait(false);
        }
        return await step.EndDialogAsync(first.Id, ct).ConfigureAwait(false);
    }

    private static string ChildNames(ITurnContext context, IEnumerable<ChildChoice> children) =>
        CareText.List(ResxText.CultureOf(context.Locale), children.Select(c => c.Name));

    private static string Day(CultureInfo culture, DateOnly day) => day.ToString(CareText.Get(culture, "DateFormat"), culture);

    /// <summary>A name alone must be short; an answer with the relation or the phone in it is read by its parts.</summary>
    private static Task<bool> NameIsShortAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var text = prompt.Recognized.Value?.Trim() ?? "";
        var details = GuardianDetails.Parse(text);
        var name = details.IsEmpty ? text : details.Name;
        if (text.Length > 0 && (name is null || name.Length <= MaxName)) return Task.FromResult(true);
        return SayAsync(prompt.Context, "GuardianNameTooLong", ct);
    }

    private static async Task<bool> PhoneOrNoneAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var text = prompt.Recognized.Value?.Trim() ?? "";
        if (NoPhoneWords.Contains(text.ToLowerInvariant())) return true;
        if (GuardianDetails.Parse(text).Phone is not null) return true;
        return await SayAsync(prompt.Context, "GuardianBadPhone", ct).ConfigureAwait(false);
    }

    /// <summary>No date at all ("记不清了") is asked again with the retry prompt; a day still to come is refused.</summary>
    private static Task<bool> NotInFutureAsync(PromptValidatorContext<DateTimeResolution> prompt, CancellationToken ct)
    {
        if (!prompt.Recognized.Succeeded || prompt.Recognized.Value is not { } resolution) return Task.FromResult(false);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(resolution.Value, KernelTurnState.GetTimeZone(prompt.Context)).DateTime);
        return day <= FamilyTurn.Today(prompt.Context) ? Task.FromResult(true) : SayAsync(prompt.Context, "GuardianBadDate", ct);
    }

    private static async Task<bool> SayAsync(ITurnContext context, string name, CancellationToken ct)
    {
        await context.SendActivityAsync(CareText.Get(context, name), ct).ConfigureAwait(false);
        return false;
    }
}
