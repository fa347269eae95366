using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Care;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Parent;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Tips;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// The root of every conversation. Unbound users can only bind or get help. Bound users' messages go to their role's
/// menu with the analyzer's intent; clear emergencies open the emergency flow at once, unsure ones ask once first;
/// text a dialog is collecting as content (a letter, an answer, a note) is kept as content and only followed by the
/// offer to alert; language switches, help, cancel and the menu ("菜单", "0") work anywhere. A person on an open
/// emergency who writes about it (at the menu, or anything urgent) reaches everyone on it, and "找到了" closes it.
/// </summary>
internal sealed class MainDialog : InterruptibleDialog
{
    public const string Name = nameof(MainDialog);

    /// <summary>Longer messages are not taken as a request (a pasted letter is not a menu choice).</summary>
    public const int MaxRequestLength = 2000;

    private readonly InviteBinding _binding;
    private readonly TurnPreparation _preparation;
    private readonly ConversationAccessors _accessors;
    private readonly EmergencyConversation _emergencyTalk;
    private readonly GuardianGapReporter _gaps;
    private readonly TipReplies _tips;
    private readonly MeetingReplies _meetings;

    public MainDialog(ParentMenuDialog parentMenu, RoleFlowDialogs roleFlows, InviteBinding binding, TurnPreparation preparation, ConversationAccessors accessors,
        EmergencyConversation emergencyTalk, GuardianGapReporter gaps, ReportGuardianGapDialog reportGap, RecordGuardianDialog recordGuardian, TipReplies tips, MeetingReplies meetings) : base(Name)
    {
        _meetings = meetings;
        _emergencyTalk = emergencyTalk;
        _binding = binding;
        _tips = tips;
        _preparation = preparation;
        _accessors = accessors;
        _gaps = gaps;
        AddDialog(reportGap);
        AddDialog(recordGuardian);
        AddDialog(new ConfirmEmergencyDialog());
        AddDialog(parentMenu);
        AddDialog(roleFlows.Resolve(RoleFlowDialogs.GuardianMenu));
        AddDialog(roleFlows.Resolve(RoleFlowDialogs.TeacherMenu));
        AddDialog(roleFlows.Resolve(RoleFlowDialogs.RaiseEmergency));
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        var activity = context.Activity;
        if (activity.Type != ActivityTypes.Message) return Done;
        if (await TrySwitchLanguageAsync(context, cancellationToken).ConfigureAwait(false)) return Done;

        var user = CurrentUser.From(context);
        if (user is null)
        {
            user = await _binding.HandleAsync(context, cancellationToken).ConfigureAwait(false);
            return user is null ? Done : await innerDc.BeginDialogAsync(MenuOf(user.Actor.Role), new RoleMenuOptions(null), cancellationToken).ConfigureAwait(false);
        }

        var analysis = TurnAnalysis.Get(context);
        // No child left alone (Art. 21–23): the school and the parents hear of it in this turn, before anything else.
        var gapReported = await ReportGuardianGapAsync(context, user, analysis, cancellationToken).ConfigureAwait(false);
        if (!gapReported && await TryEmergencyTalkAsync(context, analysis, atMenu: true, cancellationToken).ConfigureAwait(false)) return Done;
        if (analysis?.Urgent == true) return await BeginEmergencyAsync(innerDc, analysis, activity.Text, cancellationToken).ConfigureAwait(false);
        if (gapReported) return Done;
        if (analysis?.GuardianCannotCare == true && user.Actor.Role is ActorRole.Teacher or ActorRole.Admin)
            return await innerDc.BeginDialogAsync(ReportGuardianGapDialog.Name, new ReportGuardianGapOptions(activity.Text!, analysis.UrgencyReason), cancellationToken).ConfigureAwait(false);
        if (CareCommands.IsRecordGuardian(activity.Text)) return await BeginRecordGuardianAsync(innerDc, user, cancellationToken).ConfigureAwait(false);
        if (await _meetings.TryHandleAsync(context, user, idle: true, cancellationToken).ConfigureAwait(false)) return Done;
        // 有用 / 没用 / 1 / 2 / 停 right after a tip answer the tip (a newer reminder keeps its own 1/2/3).
        if (await _tips.TryHandleAsync(context, user, idle: true, cancellationToken).ConfigureAwait(false) != TipReplyOutcome.NotOurs) return Done;

        var t = ConversationText.Strings;
        var text = activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            await context.SendActivityAsync(t.Get(context, activity.Attachments is { Count: > 0 } ? "NonTextMessage" : "EmptyMessage"), cancellationToken).ConfigureAwait(false);
            return Done;
        }
        if (text.Length > MaxRequestLength)
        {
            await context.SendActivityAsync(t.Get(context, "MessageTooLong", MaxRequestLength), cancellationToken).ConfigureAwait(false);
            return Done;
        }

        var interruption = InterruptionRecognizer.Recognize(text);
        if (interruption == Interruption.Help || (interruption == Interruption.None && analysis?.Intent == Intents.Help))
        {
            await SendHelpAsync(context, cancellationToken).ConfigureAwait(false);
            return Done;
        }
        if (interruption == Interruption.Menu || IsZero(text))
            return await innerDc.BeginDialogAsync(MenuOf(user.Actor.Role), new RoleMenuOptions(null), cancellationToken).ConfigureAwait(false);
        if (interruption == Interruption.Cancel || analysis?.Intent == Intents.Cancel)
        {
            await context.SendActivityAsync(t.Get(context, "NothingToCancel"), cancellationToken).ConfigureAwait(false);
            return Done;
        }
        if (analysis?.Intent == Intents.Bind)
        {
            await context.SendActivityAsync(t.Get(context, "AlreadyBound", user.Person.Name, InviteBinding.RoleName(context, user.Actor.Role)), cancellationToken).ConfigureAwait(false);
            return Done;
        }
        return await innerDc.BeginDialogAsync(MenuOf(user.Actor.Role), new RoleMenuOptions(analysis?.Intent ?? Intents.Other), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        if (context.Activity.Type == ActivityTypes.Message)
        {
            if (CurrentUser.From(context) is not null && !CollectsContent(innerDc)
                && !Contains(innerDc.Stack, RoleFlowDialogs.RaiseEmergency) && !Contains(innerDc.Stack, ConfirmEmergencyDialog.Name))
            {
                var atMenu = AtMenu(innerDc);
                if (await TryEmergencyTalkAsync(context, TurnAnalysis.Get(context), atMenu, cancellationToken).ConfigureAwait(false))
                {
                    // Inside a flow its question is still open: ask it again; at the menu the reply is enough.
                    if (!atMenu) await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                    return EndOfTurn;
                }
            }
            if (CurrentUser.From(context) is { } writer && !Contains(innerDc.Stack, RecordGuardianDialog.Name) && !Contains(innerDc.Stack, ReportGuardianGapDialog.Name)
                && !Contains(innerDc.Stack, RoleFlowDialogs.RaiseEmergency)
                && await ReportGuardianGapAsync(context, writer, TurnAnalysis.Get(context), cancellationToken).ConfigureAwait(false)
                && TurnAnalysis.Get(context)?.Urgent != true && !CollectsContent(innerDc))
            {
                // Reported: the question that was pending is moot. Content (a letter, a message) goes on to its flow.
                await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return Done;
            }
            if (CareCommands.IsRecordGuardian(context.Activity.Text) && CurrentUser.From(context) is { } recorder && !Contains(innerDc.Stack, RecordGuardianDialog.Name))
            {
                // The button of the parents' notice works whatever question was pending.
                await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return await BeginRecordGuardianAsync(innerDc, recorder, cancellationToken).ConfigureAwait(false);
            }
            if (TurnAnalysis.Get(context) is { Urgent: true } analysis && CurrentUser.From(context) is not null
                && !Contains(innerDc.Stack, RoleFlowDialogs.RaiseEmergency) && !Contains(innerDc.Stack, ConfirmEmergencyDialog.Name))
            {
                if (CollectsContent(innerDc))
                {
                    // A letter, an answer or a note is content: keep it, then offer to alert (never take it over).
                    var profile = await _accessors.Profile.GetAsync(context, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
                    profile.PendingAlertText = context.Activity.Text;
                    return await ContinueThenOfferAsync(innerDc, cancellationToken).ConfigureAwait(false);
                }
                await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return await BeginEmergencyAsync(innerDc, analysis, context.Activity.Text, cancellationToken).ConfigureAwait(false);
            }
            if (await TrySwitchLanguageAsync(context, cancellationToken).ConfigureAwait(false))
            {
                // The pending question was written in the old language: start again from the menu in the new one.
                if (LanguageCommand.Recognize(context.Activity.Text) == LanguageCommand.Ask || CurrentUser.From(context) is not { } user) return EndOfTurn;
                await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return await innerDc.BeginDialogAsync(MenuOf(user.Actor.Role), new RoleMenuOptions(null), cancellationToken).ConfigureAwait(false);
            }
            if (CurrentUser.From(context) is { } asked && !CollectsContent(innerDc) && !Contains(innerDc.Stack, RoleFlowDialogs.RaiseEmergency)
                && await _tips.TryHandleAsync(context, asked, idle: false, cancellationToken).ConfigureAwait(false) is var tip and not TipReplyOutcome.NotOurs)
            {
                // 有用 / 没用 / 不要小贴士 while a question waits: recorded, then the waiting question is asked again;
                // a bare 1 / 2 for a tip newer than that question leaves the old question behind.
                if (tip == TipReplyOutcome.AnsweredInsteadOfWaitingQuestion)
                {
                    await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                    return new DialogTurnResult(DialogTurnStatus.Complete);
                }
                await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return EndOfTurn;
            }
            if (CurrentUser.From(context) is { } invited && !CollectsContent(innerDc) && !Contains(innerDc.Stack, RoleFlowDialogs.RaiseEmergency)
                && await _meetings.TryHandleAsync(context, invited, idle: false, cancellationToken).ConfigureAwait(false))
            {
                // The 座谈会 reply is answered; the question that waited (a menu) is left behind, as for a tip's digit.
                await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return new DialogTurnResult(DialogTurnStatus.Complete);
            }
            if (IsZero(context.Activity.Text) && !Contains(innerDc.Stack, RoleFlowDialogs.RaiseEmergency))
            {
                // "0" is the menu key of the numbered menus: restart the root in this turn, as "菜单" does.
                context.TurnState[DialogExtensions.RestartRootKey] = true;
                await innerDc.Parent!.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            }
        }
        return await ContinueThenOfferAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the active dialog; once it is done, makes the offer to alert that a content turn left pending.</summary>
    private async Task<DialogTurnResult> ContinueThenOfferAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var result = await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Waiting || innerDc.Stack.Count > 0 || innerDc.Context.TurnState.ContainsKey(DialogExtensions.RestartRootKey)) return result;
        var profile = await _accessors.Profile.GetAsync(innerDc.Context, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.PendingAlertText is not { } pending) return result;
        profile.PendingAlertText = null;
        return await innerDc.BeginDialogAsync(ConfirmEmergencyDialog.Name, new ConfirmEmergencyOptions(pending, AfterContent: true), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A message about the person's open emergency: a resolution closes it; an urgent message, or at the menu one the
    /// menu would not understand ("怎么了？？严重吗"), goes to everyone on it. Numbers, menu words and language
    /// switches keep their meaning.
    /// </summary>
    private async Task<bool> TryEmergencyTalkAsync(ITurnContext context, TextAnalysis? analysis, bool atMenu, CancellationToken ct)
    {
        var text = context.Activity.Text;
        if (CurrentUser.From(context) is null || string.IsNullOrWhiteSpace(text) || text.Length > MaxRequestLength || IsZero(text)
            || NumberRecognizer.TryRecognizeWhole(text, out _) || InterruptionRecognizer.Recognize(text) != Interruption.None
            || LanguageCommand.Recognize(text) is not null) return false;
        var open = await _emergencyTalk.OpenAsync(context, ct).ConfigureAwait(false);
        if (open.Count == 0) return false;
        if (await _emergencyTalk.TryResolveAsync(context, open, ct).ConfigureAwait(false)) return true;
        // At the menu after an alert, a question ("找到了吗", "严重吗 在哪个医院") or a message the menu would not
        // understand is about the emergency; a menu request ("写两地书", "录入孩子回信") still opens its flow.
        // "应急" alone is a new emergency (another child).
        var aboutIt = analysis?.Urgent == true
            || (atMenu && (AsksSomething(text) || analysis?.Intent is null or Intents.Other or Intents.Help
                || (analysis.Intent == Intents.Emergency && text.Trim().Length > 6)));
        return aboutIt && await _emergencyTalk.ForwardAsync(context, open, ct).ConfigureAwait(false);
    }

    /// <summary>A question ("严重吗", "在哪个医院？") is about the emergency, whatever menu word it contains.</summary>
    private static bool AsksSomething(string text) =>
        text.IndexOfAny(['吗', '嗎', '？', '?', '么', '麼']) >= 0 || text.Contains("哪", StringComparison.Ordinal);

    /// <summary>True when the innermost active dialog is a role menu's own question (the numbered menu, the parent's offer).</summary>
    private bool AtMenu(DialogContext innerDc)
    {
        var set = Dialogs;
        var stack = innerDc.Stack;
        Dialog? parent = null;
        while (stack.Count > 0)
        {
            var instance = stack[0];
            var dialog = set.Find(instance.Id);
            if (dialog is ComponentDialog component && instance.Dialogs is { } inner)
            {
                parent = component;
                set = component.Dialogs;
                stack = inner.DialogStack;
                continue;
            }
            return dialog is ChoicePrompt && parent is ParentMenuDialog or RoleMenuDialog;
        }
        return false;
    }

    /// <summary>True when the innermost active dialog is a prompt whose answer is content (free text, a letter).</summary>
    private bool CollectsContent(DialogContext innerDc)
    {
        var set = Dialogs;
        var stack = innerDc.Stack;
        while (stack.Count > 0)
        {
            var instance = stack[0];
            var dialog = set.Find(instance.Id);
            if (dialog is ComponentDialog component && instance.Dialogs is { } inner)
            {
                set = component.Dialogs;
                stack = inner.DialogStack;
                continue;
            }
            return dialog is TextPrompt or LetterContentPrompt;
        }
        return false;
    }

    protected override Task SendHelpAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(turnContext);
        var key = user is null ? "BindHelp" : user.Actor.Role == ActorRole.Parent ? "HelpParent" : "HelpGeneral";
        return turnContext.SendActivityAsync(ConversationText.Strings.Get(turnContext, key), cancellationToken);
    }

    private static DialogTurnResult Done { get; } = new(DialogTurnStatus.Complete);

    private static async Task<DialogTurnResult> BeginRecordGuardianAsync(DialogContext innerDc, CurrentUser user, CancellationToken ct)
    {
        if (user.Actor.Role != ActorRole.Guardian) return await innerDc.BeginDialogAsync(RecordGuardianDialog.Name, null, ct).ConfigureAwait(false);
        await innerDc.Context.SendActivityAsync(CareText.Get(innerDc.Context, "GuardianNotAllowed"), ct).ConfigureAwait(false);
        return Done;
    }

    /// <summary>A guardian's or parent's message that the guardian cannot care: reports it for all their children; true when reported.</summary>
    private async Task<bool> ReportGuardianGapAsync(ITurnContext context, CurrentUser user, Understanding.TextAnalysis? analysis, CancellationToken ct)
    {
        if (analysis?.GuardianCannotCare != true || context.Activity.Text is not { } text) return false;
        var children = await _gaps.ChildrenOfAsync(user, ct).ConfigureAwait(false);
        if (children.Count == 0) return false;
        await _gaps.ReportAsync(context, children, text, analysis.UrgencyReason, ct).ConfigureAwait(false);
        return true;
    }

    private static string MenuOf(ActorRole role) => role switch
    {
        ActorRole.Guardian => RoleFlowDialogs.GuardianMenu,
        ActorRole.Teacher or ActorRole.Admin => RoleFlowDialogs.TeacherMenu,
        _ => ParentMenuDialog.Name,
    };

    private static Task<DialogTurnResult> BeginEmergencyAsync(DialogContext innerDc, TextAnalysis analysis, string? text, CancellationToken ct) =>
        analysis.ConfirmFirst && text is not null
            ? innerDc.BeginDialogAsync(ConfirmEmergencyDialog.Name, new ConfirmEmergencyOptions(text, AfterContent: false), ct)
            : innerDc.BeginDialogAsync(RoleFlowDialogs.RaiseEmergency, RoleFlowDialogs.EmergencyOptions(text, null), ct);

    private async Task<bool> TrySwitchLanguageAsync(ITurnContext context, CancellationToken ct)
    {
        var locale = LanguageCommand.Recognize(context.Activity.Text);
        if (locale is null) return false;
        if (locale == LanguageCommand.Ask)
        {
            await context.SendActivityAsync(MessageFactory.SuggestedActions(
                [Say(context, "LanguageZhCn"), Say(context, "LanguageZhTw"), Say(context, "LanguageEn")], Say(context, "ChooseLanguage")), ct).ConfigureAwait(false);
            return true;
        }
        await _preparation.RememberLocaleAsync(context, locale, ct).ConfigureAwait(false);
        await context.SendActivityAsync(ConversationText.Strings.Get(context, "LanguageChanged"), ct).ConfigureAwait(false);
        return true;
    }

    private static string Say(ITurnContext context, string name) => ConversationText.Strings.Get(context, name);

    private static bool IsZero(string? text) => text?.Trim() is "0" or "０";

    /// <summary>True when a dialog with <paramref name="id"/> runs anywhere in the stack, inner stacks included.</summary>
    private static bool Contains(IEnumerable<DialogInstance> stack, string id) =>
        stack.Any(i => i.Id == id || (i.Dialogs is { } inner && Contains(inner.DialogStack, id)));
}
