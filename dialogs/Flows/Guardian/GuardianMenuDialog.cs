using System.Text.RegularExpressions;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Notifications;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Teacher;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// The guardian's main menu, for people who read little: one short question, numbered options that are also
/// buttons. 1 请假, 2 tell the parents, 3 confirm a call home, 4 answer a reminder, 5 send the child's reply letter
/// (shared with the teachers' flow), 6 call for help, 7 read the letters (看信). A digit right after a reminder answers
/// the reminder; 「啥」 at the menu says shortly how to answer it; 「小明发烧了」 begins the sick leave; 告诉他爸 娃想他了 is item 2 with its words; 已读给孩子听 marks the newest letter read to the child; "小明今天到校了吗" is answered (<see cref="CheckAttendanceDialog"/>).
/// </summary>
internal sealed partial class GuardianMenuDialog : RoleMenuDialog
{
    public const string Name = nameof(GuardianMenuDialog);
    private readonly IReminderReplySink _replies;

    public GuardianMenuDialog(
        IAlertAcknowledger acknowledger,
        IReminderReplySink replies,
        ReportLeaveDialog reportLeave,
        SendParentMessageDialog sendParentMessage,
        ConfirmCallHomeDialog confirmCallHome,
        ConfirmReminderDialog confirmReminder,
        EnterReplyLetterDialog enterReplyLetter,
        RaiseEmergencyDialog raiseEmergency,
        ReadLettersDialog readLetters,
        CheckAttendanceDialog checkAttendance)
        : base(Name, acknowledger, Items, [reportLeave, sendParentMessage, confirmCallHome, confirmReminder, enterReplyLetter, raiseEmergency, readLetters, checkAttendance])
    {
        _replies = replies;
    }

    private static IReadOnlyList<MenuItem> Items { get; } =
    [
        new("MenuLeave", ReportLeaveDialog.Name, null, Intents.LeaveRequest),
        new("MenuTellParents", SendParentMessageDialog.Name, null),
        new("MenuCallHome", ConfirmCallHomeDialog.Name, new ConfirmCallHomeOptions(null), Intents.CallHome),
        new("MenuReminder", ConfirmReminderDialog.Name, new ConfirmReminderOptions(null, null)),
        new("MenuLetter", EnterReplyLetterDialog.Name, null, Intents.Letter),
        new("MenuHelpNow", RaiseEmergencyDialog.Name, new RaiseEmergencyOptions(null, null), Intents.Emergency),
        // Last, so the numbers guardians have learnt (1–6) keep their meaning.
        new("MenuReadLetters", ReadLettersDialog.Name, new ReadLettersOptions()),
    ];

    /// <summary>The id of the flow <paramref name="intent"/> jumps to from this menu; null when none.</summary>
    public static string? FlowOf(string? intent) => FlowOf(Items, intent);

    /// <summary>
    /// The id of the flow whose menu title <paramref name="typed"/> is, as it stands ("写记录"), or that it asks for in
    /// the grandparents' own words (告诉他爸 娃想他了: telling the parents); null when none.
    /// </summary>
    public static string? FlowTitled(ITurnContext turnContext, string? typed) =>
        FlowTitled(Items, name => GuardianText.Get(turnContext, name), typed) ?? (TellParentsRequest.Matches(typed, out _) ? SendParentMessageDialog.Name : null);

    /// <summary>
    /// 咋还没好 (the child who was sick is still not well): what a grandparent expects is the leave going on, so the
    /// leave is offered for the child of the last request, sick, asking only the days (and confirmed once).
    /// </summary>
    private static bool StillUnwell(ITurnContext turnContext) =>
        turnContext.Activity.Type == ActivityTypes.Message && TurnAnalysis.Get(turnContext) is not { Urgent: true } && RefersBack.StillUnwell(turnContext.Activity.Text);

    /// <summary>
    /// 「小明发烧了」, 「娃感冒了」: a child's illness said in a few words, no question. It is how a grandparent reports the
    /// sick day, so the leave is begun (the child and the illness read from the message, the day asked, and one
    /// confirmation before the school is told); it used to get 没有这个选项 and the menu.
    /// </summary>
    private static bool SaysIllness(ITurnContext turnContext)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message || TurnAnalysis.Get(turnContext) is { Urgent: true }) return false;
        var text = turnContext.Activity.Text;
        return TextNormalizer.Compact(text).Length is > 0 and <= MaxIllnessLength && LeaveReason.Find(text) == 0
            && !LeaveReason.Asks(text!) && !text!.Contains("怎么", StringComparison.Ordinal);
    }

    /// <summary>Longer is more than the news of an illness: the analyzer reads it.</summary>
    private const int MaxIllnessLength = 12;

    /// <summary>
    /// 告诉他爸 娃想他了, 跟他妈说一声 孩子想她了, 给娃他爸带个话: the item for telling the parents, with the words said
    /// after the asking kept as the message (confirmed once before anything is sent). Never urgent words: those are an
    /// emergency's, heard before the menu.
    /// </summary>
    private static SendParentMessageOptions? TellParents(ITurnContext turnContext)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message || TurnAnalysis.Get(turnContext) is { Urgent: true }) return null;
        var text = turnContext.Activity.Text;
        return TellParentsRequest.Matches(text, out var words) ? new SendParentMessageOptions(text, words) : null;
    }

    /// <summary>
    /// While the menu waits for a choice, 看信 and 已读给孩子听 (a button under a delivered letter) still start their flow,
    /// and so does a question whether the child went to school (not a numbered item: the numbers guardians learnt stay).
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        // 「啥」 at the menu (he did not understand it): how to answer, in one short sentence, and the menu again.
        if (innerDc.ActiveDialog?.Id == MenuPromptId && innerDc.Context.Activity.Type == ActivityTypes.Message && PuzzledAnswer.Matches(innerDc.Context.Activity.Text))
        {
            await innerDc.Context.SendActivityAsync(GuardianText.Get(innerDc.Context, "MenuPuzzled"), cancellationToken).ConfigureAwait(false);
            await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }
        if (innerDc.ActiveDialog?.Id == MenuPromptId && innerDc.Context.Activity.Type == ActivityTypes.Message
            && ReadLettersRequest(innerDc.Context.Activity.Text) is { } letters)
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(ReadLettersDialog.Name, letters, cancellationToken).ConfigureAwait(false);
        }
        if (innerDc.ActiveDialog?.Id == MenuPromptId && TellParents(innerDc.Context) is { } tell)
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(SendParentMessageDialog.Name, tell, cancellationToken).ConfigureAwait(false);
        }
        if (innerDc.ActiveDialog?.Id == MenuPromptId && (StillUnwell(innerDc.Context) || SaysIllness(innerDc.Context)))
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(ReportLeaveDialog.Name, null, cancellationToken).ConfigureAwait(false);
        }
        if (innerDc.ActiveDialog?.Id == MenuPromptId && AsksAttendance(innerDc.Context, TurnAnalysis.Get(innerDc.Context)?.Intent))
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(CheckAttendanceDialog.Name, new CheckAttendanceOptions(), cancellationToken).ConfigureAwait(false);
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    // 看信 / 读信 and 已读给孩子听 are this menu's own words, whatever the analyzer read into them ("letter").
    // The button under a delivered letter sends its id too ("已读给王小明听 #12"); a button sent before carries none.
    private static ReadLettersOptions? ReadLettersRequest(string? text) =>
        FamilyNotifications.ReadToChildLetterId(text, out var words) is var letterId && ReadLettersDialog.SaysReadToChild(words) ? new ReadLettersOptions(words, MarkNewest: true, LetterId: letterId)
        : ReadLettersDialog.AsksToRead(text) ? new ReadLettersOptions(text)
        : null;

    /// <summary>
    /// "小明今天到校了吗", "今天去学校没": the analyzer's attendance intent asked as a question. A statement ("我去学校找",
    /// news on an open emergency) and a bare digit (the numbered items' keys) are not.
    /// </summary>
    internal static bool AsksAttendance(ITurnContext turnContext, string? intent) =>
        turnContext.Activity.Type == ActivityTypes.Message && AsksAttendance(intent, FamilyTurn.RequestText(turnContext));

    /// <summary>The same for one request's words (<see cref="FamilyTurn.RequestText"/>).</summary>
    internal static bool AsksAttendance(string? intent, string? text) =>
        intent == Intents.Attendance && text is not null && !NumberRecognizer.TryRecognizeWhole(text, out _) && text.IndexOfAny(QuestionMarks) >= 0;

    private static readonly char[] QuestionMarks = ['吗', '嗎', '么', '麼', '没', '沒', '呢', '几', '幾', '？', '?'];

    protected override string Text(ITurnContext turnContext, string name) => GuardianText.Get(turnContext, name);

    /// <summary>
    /// 「小红说想妈妈了 哭了一晚上」, 「小明摔了一跤 膝盖破了点皮 没啥事」 (found playing the grandfather on WeChat): news of
    /// the child in a sentence of his own that no item takes is what 告诉孩子爸妈 is for; it got 没有这个选项 and then
    /// 这一步先跳过. It is said back once before it goes. Not a question ("老师有没有说啥"): that is not news to pass on.
    /// </summary>
    protected override (string DialogId, object? Options)? Unrouted(ITurnContext turnContext) =>
        SendParentMessageDialog.OwnWords(turnContext) is { } words && !AsksSomething().IsMatch(words)
            ? (SendParentMessageDialog.Name, new SendParentMessageOptions(turnContext.Activity.Text, words))
            : null;

    [GeneratedRegex(@"[吗嗎？?]|(?:[呢么麼啥没沒]|什么|什麼)\s*$|有没有|有沒有|怎么|怎麼")]
    private static partial Regex AsksSomething();

    /// <summary>A question whether the child went to school is this menu's too, though no numbered item.</summary>
    protected override (string DialogId, object? Options)? FlowOf(ITurnContext turnContext, RoleMenuOptions request) =>
        AsksAttendance(request.Intent, request.Text) ? (CheckAttendanceDialog.Name, new CheckAttendanceOptions()) : base.FlowOf(turnContext, request);

    protected override async Task<DialogTurnResult?> BeforeMenuAsync(WaterfallStepContext<RoleMenuState> step, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        if (activity.Type != ActivityTypes.Message) return null;
        if (ReadLettersRequest(activity.Text) is { } letters)
            return await step.BeginDialogAsync(ReadLettersDialog.Name, letters, cancellationToken).ConfigureAwait(false);
        if (TellParents(step.Context) is { } tell)
            return await step.BeginDialogAsync(SendParentMessageDialog.Name, tell, cancellationToken).ConfigureAwait(false);
        if (StillUnwell(step.Context) || SaysIllness(step.Context))
            return await step.BeginDialogAsync(ReportLeaveDialog.Name, null, cancellationToken).ConfigureAwait(false);
        var options = step.GetOptions<RoleMenuOptions>();
        if (AsksAttendance(step.Context, options?.Intent))
            return await step.BeginDialogAsync(CheckAttendanceDialog.Name, new CheckAttendanceOptions(options?.Child?.Id), cancellationToken).ConfigureAwait(false);
        var key = await _replies.LatestOpenAsync(FamilyTurn.User(step.Context).Person.PersonId, cancellationToken).ConfigureAwait(false);
        if (key is null) return null;
        var titles = ConfirmReminderDialog.Titles(step.Context).Select(t => new Choice(t)).ToList();
        if (ChoiceRecognizer.Recognize(activity.Text, titles) is not { } reply) return null;
        return await step.BeginDialogAsync(ConfirmReminderDialog.Name, new ConfirmReminderOptions(key, (ReminderReply)(reply.Index + 1)), cancellationToken).ConfigureAwait(false);
    }
}
