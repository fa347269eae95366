using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LeftBehind.Dialogs.Notifications;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// 应急: which child (skipped when known or only one), what happened (skipped when the router passed the urgent
/// message), then every recipient — parents, guardian, head and paired teacher — is alerted at once on all their
/// channels, ignoring quiet hours, and asked to acknowledge. The raiser is told who was alerted.
/// </summary>
internal sealed class RaiseEmergencyDialog : InterruptibleDialog
{
    public const string Name = nameof(RaiseEmergencyDialog);
    private const int MaxTextLength = 1000;
    /// <summary>The menu of what happened: the kinds, then "something else" (<see cref="EmergencyKind.Other"/>: the raiser describes it).</summary>
    private static readonly EmergencyKind[] WhatKinds = [EmergencyKind.Missing, EmergencyKind.Hurt, EmergencyKind.Danger, EmergencyKind.Other];
    private readonly IEmergencyService _emergencies;
    private readonly IProactiveMessenger _messenger;
    private readonly ILogger<RaiseEmergencyDialog> _log;
    private readonly ChatReach _reach;
    private readonly IOptions<EmergencyContactOptions> _contact;

    public RaiseEmergencyDialog(ChooseChildDialog chooseChild, IEmergencyService emergencies, IProactiveMessenger messenger, ILogger<RaiseEmergencyDialog> log, ChatReach reach, IOptions<EmergencyContactOptions> contact) : base(Name)
    {
        _contact = contact;
        _reach = reach;
        _emergencies = emergencies;
        _messenger = messenger;
        _log = log;
        AddDialog(new WaterfallDialog<RaiseEmergencyState>("steps", ChooseChildStep.Then<RaiseEmergencyState>(WhichChild, (s, child) => s with { ChildId = child.Id }, AskWhatStepAsync, AskDetailStepAsync, RaiseStepAsync)));
        AddDialog(chooseChild);
        AddDialog(new ChoicePrompt("what"));
        AddDialog(new TextPrompt("detail"));
        InitialDialogId = "steps";
    }

    private static ChooseChildOptions WhichChild(WaterfallStepContext<RaiseEmergencyState> step)
    {
        var options = step.GetOptions<RaiseEmergencyOptions>();
        var text = options?.Text?.Trim();
        // "紧急情况" alone asks for an emergency and says nothing of what happened: the raiser is asked, as from the menu.
        var said = string.IsNullOrEmpty(text) || IsRequestOnly(text) ? null : text;
        step.Values = step.Values with { Text = said is null ? null : said.Length > MaxTextLength ? said[..MaxTextLength] : said };
        // The message that raised it usually names the child ("小明不见了"): a missing child must not wait on a question.
        return new(EmergencyText.Get(step.Context, "WhichChild"), options?.ChildId) { Text = text };
    }

    /// <summary>The words that only ask for an emergency (紧急情况, 紧急！, 应急, Emergency), in any of our languages, punctuation aside.</summary>
    internal static bool IsRequestOnly(string text)
    {
        var folded = TextNormalizer.LettersAndDigits(text);
        return folded.Length > 0 && EmergencyText.WordsInAllLanguages("RequestOnlyWords").Any(w => TextNormalizer.LettersAndDigits(w) == folded);
    }


    private static Task<DialogTurnResult> AskWhatStepAsync(WaterfallStepContext<RaiseEmergencyState> step, CancellationToken ct)
    {
        if (step.Values.Text is not null) return step.NextAsync(null, ct);
        var culture = ResxText.CultureOf(step.Context.Locale);
        var titles = WhatKinds.Select(k => FamilyNotifications.EmergencyKindName(culture, k) ?? EmergencyText.Get(step.Context, "WhatOther")).ToList();
        return step.PromptAsync("what", NumberedMenu.Options(step.Context, EmergencyText.Get(step.Context, "WhatHappened"), titles), ct);
    }

    private static Task<DialogTurnResult> AskDetailStepAsync(WaterfallStepContext<RaiseEmergencyState> step, CancellationToken ct)
    {
        if (step.Values.Text is not null) return step.NextAsync(null, ct);
        if (step.Result is not FoundChoice found) return step.EndDialogAsync(null, ct);
        if (WhatKinds[found.Index] != EmergencyKind.Other)
        {
            // The title as the raiser read it is kept as what they said; the kind is what every reader is shown.
            step.Values = step.Values with { Text = found.Value, Kind = WhatKinds[found.Index] };
            return step.NextAsync(null, ct);
        }
        return step.PromptAsync("detail", new PromptOptions { Prompt = MessageFactory.Text(EmergencyText.Get(step.Context, "DescribeIt")), MaxLength = MaxTextLength }, ct);
    }

    private async Task<DialogTurnResult> RaiseStepAsync(WaterfallStepContext<RaiseEmergencyState> step, CancellationToken ct)
    {
        var text = step.Values.Text ?? step.Result as string;
        if (text is null || step.Values.ChildId is not { } childId) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var user = FamilyTurn.User(step.Context);
        EmergencyInfo emergency;
        try
        {
            emergency = await _emergencies.RaiseAsync(user.Actor, childId, text, step.Values.Kind, ct).ConfigureAwait(false);
        }
        catch (ArchiveException e) when (e.Error is ArchiveError.NotFound or ArchiveError.Forbidden)
        {
            await step.Context.SendActivityAsync(FamilyText.Get(step.Context, "ChildNotFound"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        foreach (var r in emergency.Recipients)
        {
            await _messenger.SendAsync(r.PersonId, FamilyNotifications.EmergencyAlert(r.PersonId, emergency, _contact.Value.SchoolPhone, 0), ct).ConfigureAwait(false);
            await _emergencies.RecordAlertAsync(emergency.Id, r.PersonId, ct).ConfigureAwait(false);
        }
        _log.LogWarning("Emergency {EmergencyId} raised by person {PersonId} for child {ChildId}; {Recipients} alerted", emergency.Id, user.Person.PersonId, childId, emergency.Recipients.Count);
        var culture = ResxText.CultureOf(step.Context.Locale);
        // Only who has a chat was alerted now; the others get the alert when they bind, so the raiser must phone them.
        var (now, waiting) = await _reach.SplitAsync(emergency.Recipients, r => r.PersonId, ct, urgent: true).ConfigureAwait(false);
        // Who unfollowed the WeChat account did open a chat: they are named as such, never as 还没开通.
        var unfollowed = await _reach.UnfollowedAsync(waiting, r => r.PersonId, ct).ConfigureAwait(false);
        // Whose number the SMS provider refuses for the rest of the day: named as such, never as 还没开通 or as notified.
        var smsFull = await _reach.OverLimitTodayAsync(waiting.Except(unfollowed), r => r.PersonId, ct).ConfigureAwait(false);
        var later = waiting.Except(unfollowed).Except(smsFull).ToList();
        string People(IEnumerable<EmergencyRecipientInfo> rs) => FamilyNotifications.EmergencyPeople(culture, rs.Select(r => FamilyNotifications.EmergencyPerson(culture, r)));
        var onlySmsFull = now.Count == 0 && later.Count == 0 && unfollowed.Count == 0 && smsFull.Count > 0;
        var reply = emergency.Recipients.Count == 0 ? EmergencyText.Get(step.Context, "RaisedNobody")
            : onlySmsFull ? EmergencyText.Get(step.Context, "RaisedNoneNowSmsFull", People(smsFull))
            : now.Count == 0 && later.Count > 0 && unfollowed.Count > 0 ? EmergencyText.Get(step.Context, "RaisedNoneNowBoth", People(later), People(unfollowed))
            : now.Count == 0 && later.Count > 0 ? EmergencyText.Get(step.Context, "RaisedNoneNow", People(later))
            : now.Count == 0 ? EmergencyText.Get(step.Context, "RaisedNoneNowUnfollowed", People(unfollowed))
            : EmergencyText.Get(step.Context, "Raised", People(now));
        if (now.Count > 0 && later.Count > 0) reply += EmergencyText.Get(step.Context, "RaisedLater", People(later));
        if (now.Count > 0 && unfollowed.Count > 0) reply += EmergencyText.Get(step.Context, "RaisedUnfollowed", People(unfollowed));
        if (!onlySmsFull && smsFull.Count > 0) reply += EmergencyText.Get(step.Context, "RaisedSmsFull", People(smsFull));
        await step.Context.SendActivityAsync(reply, ct).ConfigureAwait(false);
        return await step.EndDialogAsync(emergency.Id, ct).ConfigureAwait(false);
    }
}
