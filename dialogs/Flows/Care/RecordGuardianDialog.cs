using System.Globalization;
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

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// 登记临时监护人 (Minors Protection Law Art. 23): the child, the entrusted person's name, how they are related, their
/// phone (or none); a parent's own message is the notice (today, in this chat), a teacher records how and on which day
/// the parents told the school. Saving closes the child's guardian gap and tells the head teacher.
/// </summary>
internal sealed class RecordGuardianDialog : ComponentDialog
{
    public const string Name = nameof(RecordGuardianDialog);
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
        AddDialog(new WaterfallDialog<RecordGuardianState>("steps", ChooseChildStep.Then<RecordGuardianState>(
            s => new ChooseChildOptions(CareText.Get(s.Context, "GuardianWhichChild")), (s, child) => s with { Child = child },
            AskNameStepAsync, AskRelationStepAsync, AskPhoneStepAsync, AskHowStepAsync, AskDateStepAsync, SaveStepAsync)));
        AddDialog(chooseChild);
        AddDialog(new TextPrompt("name", NameIsShortAsync));
        AddDialog(new TextPrompt("relation"));
        AddDialog(new TextPrompt("phone", PhoneOrNoneAsync));
        AddDialog(new ChoicePrompt("how"));
        AddDialog(new DateTimePrompt("date", NotInFutureAsync));
        InitialDialogId = "steps";
    }

    private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext<RecordGuardianState> step, CancellationToken ct) =>
        step.PromptAsync("name", new PromptOptions { Prompt = MessageFactory.Text(CareText.Get(step.Context, "GuardianAskName", step.Values.Child!.Name)), MaxLength = 200 }, ct);

    private static Task<DialogTurnResult> AskRelationStepAsync(WaterfallStepContext<RecordGuardianState> step, CancellationToken ct)
    {
        if (step.Result is not string answer) return step.EndDialogAsync(null, ct);
        // "王桂芳，孩子的姑姑" / "王桂芳是孩子姑姑": the name and the relation at once; the relation is not asked again.
        var (name, relation) = NameAndRelation(answer);
        step.Values = step.Values with { Name = name, Relation = relation };
        if (relation is not null) return step.NextAsync(relation, ct);
        return step.PromptAsync("relation", new PromptOptions { Prompt = MessageFactory.Text(CareText.Get(step.Context, "GuardianAskRelation", name)), MaxLength = 32 }, ct);
    }

    internal static (string Name, string? Relation) NameAndRelation(string answer)
    {
        var text = answer.Trim();
        var cut = text.IndexOfAny(['，', ',', ' ', '、', '（', '(']);
        var isAt = text.IndexOf('是', StringComparison.Ordinal);
        if (cut < 0 && isAt is >= 2 and <= 4) cut = isAt;
        if (cut <= 0) return (text, null);
        var rest = text[cut..].Trim('，', ',', ' ', '、', '（', '(', '）', ')', '。');
        foreach (var prefix in new[] { "她是", "他是", "是", "孩子的", "孩子", "娃的" })
            if (rest.StartsWith(prefix, StringComparison.Ordinal)) rest = rest[prefix.Length..];
        return (text[..cut].Trim(), rest.Length is > 0 and <= 16 ? rest : null);
    }

    private static Task<DialogTurnResult> AskPhoneStepAsync(WaterfallStepContext<RecordGuardianState> step, CancellationToken ct)
    {
        if (step.Result is not string relation) return step.EndDialogAsync(null, ct);
        step.Values = step.Values with { Relation = relation.Trim() };
        return step.PromptAsync("phone", new PromptOptions
        {
            Prompt = MessageFactory.Text(CareText.Get(step.Context, "GuardianAskPhone", step.Values.Name!)),
            RetryPrompt = MessageFactory.Text(CareText.Get(step.Context, "GuardianBadPhone")),
            MaxLength = 40,
        }, ct);
    }

    private static Task<DialogTurnResult> AskHowStepAsync(WaterfallStepContext<RecordGuardianState> step, CancellationToken ct)
    {
        if (step.Result is not string phone) return step.EndDialogAsync(null, ct);
        step.Values = step.Values with { Phone = Digits(phone) is { Length: > 0 } digits ? digits : null };
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
        if (step.Values is not { Child: { } child, Name: { } name, How: { } how }) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var user = FamilyTurn.User(context);
        EntrustmentInfo saved;
        try
        {
            saved = await _care.RecordGuardianAsync(user.Actor, child.Id, new EntrustmentInput(name, step.Values.Phone, step.Values.Relation, toldOn, how), ct).ConfigureAwait(false);
        }
        catch (ArchiveException e) when (e.Error is ArchiveError.NotFound or ArchiveError.Forbidden or ArchiveError.Invalid)
        {
            await context.SendActivityAsync(FamilyText.Get(context, "ChildNotFound"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        _log.LogInformation("Entrusted guardian {EntrustmentId} recorded for child {ChildId}; {Closed} guardian gaps closed", saved.Id, child.Id, saved.ConcernsClosed);
        await context.SendActivityAsync(CareText.Get(context, "GuardianSaved", child.Name, saved.Name, saved.Relation ?? "",
            Day(ResxText.CultureOf(context.Locale), saved.ToldOn), CareText.Get(context, "How_" + saved.ToldHow)), ct).ConfigureAwait(false);
        if (saved.HeadTeacher is { } head && head.Id != user.Person.PersonId)
        {
            await _messenger.SendAsync(head.Id, c => MessageFactory.Text(CareText.Get(c, "GuardianToHead", saved.ChildName, saved.Name, saved.Relation ?? "",
                saved.Phone ?? CareText.Get(c, "NoPhone"), Day(c, saved.ToldOn), CareText.Get(c, "How_" + saved.ToldHow))),
                $"care-guardian:{saved.Id}:{head.Id}", urgent: false, ct).ConfigureAwait(false);
        }
        return await step.EndDialogAsync(saved.Id, ct).ConfigureAwait(false);
    }

    private static string Day(CultureInfo culture, DateOnly day) => day.ToString(CareText.Get(culture, "DateFormat"), culture);

    private static Task<bool> NameIsShortAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        if (prompt.Recognized.Value is { } name && name.Trim().Length <= MaxName) return Task.FromResult(true);
        return SayAsync(prompt.Context, "GuardianNameTooLong", ct);
    }

    private static async Task<bool> PhoneOrNoneAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var text = prompt.Recognized.Value?.Trim() ?? "";
        if (NoPhoneWords.Contains(text.ToLowerInvariant())) return true;
        var digits = Digits(text);
        if (digits.Length is >= 7 and <= 15 && digits.Length >= text.Length - 6) return true;
        return await SayAsync(prompt.Context, "GuardianBadPhone", ct).ConfigureAwait(false);
    }

    private static Task<bool> NotInFutureAsync(PromptValidatorContext<DateTimeResolution> prompt, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(prompt.Recognized.Value!.Value, KernelTurnState.GetTimeZone(prompt.Context)).DateTime);
        return day <= FamilyTurn.Today(prompt.Context) ? Task.FromResult(true) : SayAsync(prompt.Context, "GuardianBadDate", ct);
    }

    private static async Task<bool> SayAsync(ITurnContext context, string name, CancellationToken ct)
    {
        await context.SendActivityAsync(CareText.Get(context, name), ct).ConfigureAwait(false);
        return false;
    }

    /// <summary>The digits of a phone answer ("139 0731-0001", "１３９…" → "13907310001").</summary>
    private static string Digits(string text) =>
        new(text.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c).Where(char.IsAsciiDigit).ToArray());
}
