using LeftBehind.Archive.Binding;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Parent;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// The root of every conversation. Unbound users can only bind or get help. A bound person's message is first shown to
/// the turn interceptors (<see cref="ITurnInterceptor"/>: an open emergency, a child left without care, an urgent
/// message, a tip reply; their one ordered list is in <see cref="ConversationsServiceCollectionExtensions"/>); what none
/// of them takes goes to the waiting question, or to the role's menu with the analyzer's intent. Text a dialog is
/// collecting as content (a letter, an answer, a note) is kept as content and only followed by the offer to alert;
/// language switches, help, cancel, the menu ("菜单", "0") and how to be reached ("通知方式") work anywhere.
/// </summary>
internal sealed class MainDialog : InterruptibleDialog
{
    public const string Name = nameof(MainDialog);

    /// <summary>Longer messages are not taken as a request (a pasted letter is not a menu choice).</summary>
    public const int MaxRequestLength = 2000;

    private readonly InviteBinding _binding;
    private readonly TurnPreparation _preparation;
    private readonly ConversationAccessors _accessors;
    private readonly IReadOnlyList<ITurnInterceptor> _interceptors;

    public MainDialog(ParentMenuDialog parentMenu, RoleFlowDialogs roleFlows, InviteBinding binding, TurnPreparation preparation, ConversationAccessors accessors,
        IEnumerable<ITurnInterceptor> interceptors) : base(Name)
    {
        _binding = binding;
        _preparation = preparation;
        _accessors = accessors;
        _interceptors = [.. interceptors];
        foreach (var dialog in _interceptors.SelectMany(i => i.Dialogs)) AddDialog(dialog);
        AddDialog(new ConfirmEmergencyDialog());
        AddDialog(parentMenu);
        AddDialog(roleFlows.Resolve(RoleFlowDialogs.GuardianMenu));
        AddDialog(roleFlows.Resolve(RoleFlowDialogs.TeacherMenu));
        AddDialog(roleFlows.Resolve(RoleFlowDialogs.RaiseEmergency));
        AddDialog(roleFlows.Resolve(ChooseChannelDialog.Name));
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
        var turn = new InterceptedTurn(innerDc, user, analysis, idle: true, atMenu: true, collectsContent: false);
        if (await InterceptAsync(turn, cancellationToken).ConfigureAwait(false) is { } intercepted) return intercepted;

        var t = ConversationText.Strings;
        var text = activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            await context.SendActivityAsync(t.Get(context, activity.Attachments is { Count: > 0 } ? "NonTextMessage" : "EmptyMessage"), cancellationToken).ConfigureAwait(false);
            return Done;
        }
        if (text.Length > MaxRequestLength)
        {
            // Only a parent has 写两地书 to point to; a grandparent (one short sentence) and a teacher are told to be brief.
            var tooLong = user.Actor.Role == ActorRole.Parent ? t.Get(context, "MessageTooLong", MaxRequestLength) : t.Get(context, "MessageTooLongShort");
            await context.SendActivityAsync(tooLong, cancellationToken).ConfigureAwait(false);
            return Done;
        }

        if (ChannelPreferenceCommand.Recognize(text, out var stated)) return await innerDc.BeginDialogAsync(ChooseChannelDialog.Name, new ChooseChannelState { Stated = stated }, cancellationToken).ConfigureAwait(false);
        var interruption = InterruptionRecognizer.Recognize(text);
        // "怎么还不见好" (a grandchild still not well) reads to the analyzer as asking how: it is the grandparent's menu's.
        if (interruption == Interruption.Help || (interruption == Interruption.None && analysis?.Intent == Intents.Help
            && !(user.Actor.Role == ActorRole.Guardian && RefersBack.StillUnwell(text))))
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
        // "好", "嗯嗯", "行" with nothing asked (after "已经转给王芳老师了"): acknowledged, never offered to the teacher.
        // A bare digit is the numbered menu's key at idle ("1" is 孩子出勤 / 请假), never an acknowledgement.
        if (!NumberRecognizer.TryRecognizeWhole(text, out _) && RoleMenuDialog.IsAcknowledgement(context))
        {
            await context.SendActivityAsync(t.Get(context, "MenuAcknowledged"), cancellationToken).ConfigureAwait(false);
            return Done;
        }
        return await innerDc.BeginDialogAsync(MenuOf(user.Actor.Role), new RoleMenuOptions(analysis?.Intent ?? Intents.Other), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        if (context.Activity.Type == ActivityTypes.Message)
        {
            if (await TrySwitchLanguageAsync(context, cancellationToken).ConfigureAwait(false))
            {
                // The pending question was written in the old language: start again from the menu in the new one.
                if (LanguageCommand.Recognize(context.Activity.Text) == LanguageCommand.Ask || CurrentUser.From(context) is not { } user) return EndOfTurn;
                await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return await innerDc.BeginDialogAsync(MenuOf(user.Actor.Role), new RoleMenuOptions(null), cancellationToken).ConfigureAwait(false);
            }
            if (CurrentUser.From(context) is { } writer)
            {
                var innermost = Innermost(innerDc);
                var turn = new InterceptedTurn(innerDc, writer, TurnAnalysis.Get(context), idle: false, AtMenu(innerDc), innermost is TextPrompt or LetterContentPrompt)
                {
                    WaitsForYesNo = innermost is ConfirmPrompt,
                };
                if (await InterceptAsync(turn, cancellationToken).ConfigureAwait(false) is { } intercepted) return intercepted;
            }
            // An invite code at the menu (the slip's QR code opened again sends it first): already bound, as with nothing
            // asked, never "这句话我没太明白…转给老师吗？".
            if (AtMenu(innerDc) && CurrentUser.From(context) is { } bound && IsInviteCode(context.Activity.Text, TurnAnalysis.Get(context)))
            {
                await context.SendActivityAsync(ConversationText.Strings.Get(context, "AlreadyBound", bound.Person.Name, InviteBinding.RoleName(context, bound.Actor.Role)), cancellationToken).ConfigureAwait(false);
                await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return Done;
            }
            // 通知方式 / 打电话通知我 work at any question, as help does: at the numbered menu they are what they are at a
            // fresh start (not a wrong menu choice); at any other question ("问哪个孩子？") the channel is set aside it,
            // and the question is asked again. Only the channel's own question takes them as its answer.
            if (ChannelPreferenceCommand.Recognize(context.Activity.Text, out var stated) && !Contains(innerDc.Stack, ChooseChannelDialog.Name))
            {
                if (AtMenu(innerDc)) await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return await innerDc.BeginDialogAsync(ChooseChannelDialog.Name, new ChooseChannelState { Stated = stated }, cancellationToken).ConfigureAwait(false);
            }
            if (IsZero(context.Activity.Text) && !Contains(innerDc.Stack, RoleFlowDialogs.RaiseEmergency))
            {
                // "0" is the menu key of the numbered menus: restart the root in this turn, as "菜单" does.
                await SayLeftAsync(innerDc, cancellationToken).ConfigureAwait(false);
                context.TurnState[DialogExtensions.RestartRootKey] = true;
                await innerDc.Parent!.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            }
        }
        return await ContinueThenOfferAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first interceptor's result that takes the message, in their registered order; null when none does.</summary>
    private async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        foreach (var interceptor in _interceptors)
        {
            if (await interceptor.InterceptAsync(turn, cancellationToken).ConfigureAwait(false) is { } result) return result;
        }
        return null;
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

    /// <summary>The innermost active dialog: a prompt whose answer is content (free text, a letter), a yes/no question, …</summary>
    private Dialog? Innermost(DialogContext innerDc) => InnermostActive(innerDc).Dialog;

    protected override Task SendHelpAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(turnContext);
        var key = user is null ? "BindHelp" : user.Actor.Role == ActorRole.Parent ? "HelpParent" : "HelpGeneral";
        return turnContext.SendActivityAsync(ConversationText.Strings.Get(turnContext, key), cancellationToken);
    }

    private static DialogTurnResult Done { get; } = new(DialogTurnStatus.Complete);

    /// <summary>A message that is an invite code, or says one ("我的邀请码是 K7P2QX"), as the binding reads it.</summary>
    private static bool IsInviteCode(string? text, TextAnalysis? analysis) =>
        text is not null && !TextNormalizer.IsTooLong(text) && InviteCodes.TryExtract(TextNormalizer.ForRecognition(text)) is not null
        && (analysis?.Intent == Intents.Bind || TextNormalizer.Compact(text).Length <= MaxBareCodeLength);

    /// <summary>The longest bare code (12 characters read as three groups of four, with their dashes).</summary>
    private const int MaxBareCodeLength = 14;

    /// <summary>The dialog id of the role's main menu.</summary>
    public static string MenuOf(ActorRole role) => role switch
    {
        ActorRole.Guardian => RoleFlowDialogs.GuardianMenu,
        ActorRole.Teacher or ActorRole.Admin => RoleFlowDialogs.TeacherMenu,
        _ => ParentMenuDialog.Name,
    };

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

    /// <summary>"0" (or full-width "０") is the numbered menus' menu key.</summary>
    public static bool IsZero(string? text) => text?.Trim() is "0" or "０";

    /// <summary>True when a dialog with <paramref name="id"/> runs anywhere in the stack, inner stacks included.</summary>
    private static bool Contains(IEnumerable<DialogInstance> stack, string id) =>
        stack.Any(i => i.Id == id || (i.Dialogs is { } inner && Contains(inner.DialogStack, id)));
}
