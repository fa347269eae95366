using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Dialogs;
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
/// offer to alert; language switches, help, cancel and the menu ("菜单", "0") work anywhere.
/// </summary>
internal sealed class MainDialog : InterruptibleDialog
{
    public const string Name = nameof(MainDialog);

    /// <summary>Longer messages are not taken as a request (a pasted letter is not a menu choice).</summary>
    public const int MaxRequestLength = 2000;

    private readonly InviteBinding _binding;
    private readonly TurnPreparation _preparation;
    private readonly ConversationAccessors _accessors;
    private readonly TipReplies _tips;

    public MainDialog(ParentMenuDialog parentMenu, RoleFlowDialogs roleFlows, InviteBinding binding, TurnPreparation preparation, ConversationAccessors accessors, TipReplies tips) : base(Name)
    {
        _binding = binding;
        _tips = tips;
        _preparation = preparation;
        _accessors = accessors;
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
        if (analysis?.Urgent == true) return await BeginEmergencyAsync(innerDc, analysis, activity.Text, cancellationToken).ConfigureAwait(false);
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
