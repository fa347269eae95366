using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Care;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// The teacher's main menu: 1 parents' questions, 2 attendance, 3 a note, 4 the weekly talk (谈心), 5 a home visit
/// (家访), 6 a child's reply letter, 7 an emergency, 8 a temporary guardian, 9 the 五个一.
/// </summary>
internal sealed class TeacherMenuDialog(
    IAlertAcknowledger acknowledger,
    ShowInboxDialog showInbox,
    RecordAttendanceDialog recordAttendance,
    WriteNoteDialog writeNote,
    EnterReplyLetterDialog enterReplyLetter,
    RaiseEmergencyDialog raiseEmergency,
    RecordWeeklyTalkDialog recordTalk,
    RecordGuardianDialog recordGuardian,
    RecordHomeVisitDialog recordHomeVisit,
    LogFiveOnesDialog logFiveOnes)
    : RoleMenuDialog(Name, acknowledger, Items, [showInbox, recordAttendance, writeNote, enterReplyLetter, raiseEmergency, recordTalk, recordGuardian, recordHomeVisit, logFiveOnes])
{
    public const string Name = nameof(TeacherMenuDialog);

    private static IReadOnlyList<MenuItem> Items { get; } =
    [
        new("MenuInbox", ShowInboxDialog.Name, null, Intents.AskTeacher),
        // "小明发烧了没来", "王小明今天请假了": a child's absence the teacher tells is today's attendance (it got the menu).
        // 点名 and 考勤 typed alone are attendance at any of her questions, as at the menu.
        new("MenuAttendance", RecordAttendanceDialog.Name, new RecordAttendanceOptions(null), Intents.Attendance, Intents.LeaveRequest) { WordsName = "AttendanceLeadWords" },
        new("MenuNote", WriteNoteDialog.Name, new WriteNoteOptions(NoteKind.Note), Intents.Notes),
        new("MenuTalk", RecordWeeklyTalkDialog.Name, null) { WordsName = "MenuTalkWords" },
        new("MenuVisit", RecordHomeVisitDialog.Name, null),
        new("MenuLetter", EnterReplyLetterDialog.Name, null, Intents.Letter),
        new("MenuEmergency", RaiseEmergencyDialog.Name, new RaiseEmergencyOptions(null, null), Intents.Emergency) { WordsName = "MenuEmergencyWords" },
        new("MenuGuardian", RecordGuardianDialog.Name, null),
        new("MenuFiveOnes", LogFiveOnesDialog.Name, null),
    ];

    /// <summary>The id of the flow <paramref name="intent"/> jumps to from this menu; null when none.</summary>
    public static string? FlowOf(string? intent) => FlowOf(Items, intent);

    /// <summary>The id of the flow whose menu title <paramref name="typed"/> is, as it stands ("写记录"); null when none.</summary>
    /// <remarks>
    /// Also her questions asked for in words ("家长有问题吗", <see cref="InboxText"/>), a question about the day's
    /// attendance ("今天孩子们都到齐了吗", answered from the record), and a message that begins with a
    /// title ("谈心 小明 这周情绪不错" at the list of her questions): asked only of an answer the question could not take.
    /// </remarks>
    public static string? FlowTitled(ITurnContext turnContext, string? typed) =>
        InboxText.AsksForQuestions(typed) ? ShowInboxDialog.Name
        : AttendanceText.AsksAboutToday(typed) ? RecordAttendanceDialog.Name
        : FlowTitled(Items, name => TeacherText.Get(turnContext, name), typed, TitleVerbs) ?? LeadingTitle(turnContext, typed)?.DialogId;

    // Read from the resources once: every prompt asks this of every unrecognised answer.
    private static readonly string[] TitleVerbs = [.. TeacherText.WordsInAllLanguages("MenuTitleVerbs").Select(TextNormalizer.Compact).OrderByDescending(v => v.Length)];

    protected override string Text(ITurnContext turnContext, string name) => TeacherText.Get(turnContext, name);

    /// <summary>"缺：王小明" or "全到" sent at the menu is today's attendance itself, as the help says: recorded at once.</summary>
    /// <remarks>
    /// So are her questions asked for in words ("今天有没有家长找我"), and a message that begins with an item's title
    /// ("谈心 小明 这周情绪不错"): that item, which reads the rest (the child's name) as its own first answer.
    /// </remarks>
    protected override async Task<DialogTurnResult?> BeforeMenuAsync(WaterfallStepContext<RoleMenuState> step, CancellationToken cancellationToken) =>
        InWords(step.Context) is { } flow ? await step.BeginDialogAsync(flow.DialogId, flow.Options, cancellationToken).ConfigureAwait(false) : null;

    /// <summary>The same while the menu's own question waits for a number.</summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.ActiveDialog?.Id == MenuPromptId && InWords(innerDc.Context) is { } flow)
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(flow.DialogId, flow.Options, cancellationToken).ConfigureAwait(false);
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    private static (string DialogId, object? Options)? InWords(ITurnContext turnContext)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message) return null;
        if (IsAttendance(turnContext)) return (RecordAttendanceDialog.Name, new RecordAttendanceOptions(null));
        var text = turnContext.Activity.Text;
        // "给家长留言" and "家长找我说小明腿摔破了" read as a parent asking (ask_teacher): a note the parents may read, and
        // what a parent told her, a note about the child kept as she wrote it; never her own questions.
        if (ParentsText.WritesToParents(text, out var note)) return (WriteNoteDialog.Name, new WriteNoteOptions(NoteKind.Note, NoteVisibility.Parents, note));
        if (ParentsText.TellsWhatParentSaid(text)) return (WriteNoteDialog.Name, new WriteNoteOptions(NoteKind.Note, Note: text!.Trim()));
        if (InboxText.AsksForQuestions(text)) return (ShowInboxDialog.Name, null);
        return LeadingTitle(turnContext, text) is { } item ? (item.DialogId, item.Options) : null;
    }

    /// <summary>The item whose title (or its short form) is the message's first word, with more after it.</summary>
    private static MenuItem? LeadingTitle(ITurnContext turnContext, string? text)
    {
        if (!FirstWord.TrySplit(TextNormalizer.Normalize(text), out var head, out _)) return null;
        var flow = FlowTitled(Items, name => TeacherText.Get(turnContext, name), head, TitleVerbs);
        return Items.FirstOrDefault(i => i.DialogId == flow);
    }

    /// <summary>
    /// "给家长留言", "我想给小明家长留个言：…": she leaves the parents a message, a note they may read, wherever she types
    /// it (it was taken for her questions, or for the child at 写记录's 写哪个学生的记录？ and the parents then asked about).
    /// </summary>
    public static bool WritesToParents(string? text) => ParentsText.WritesToParents(text, out _);

    /// <summary>
    /// One of her own questions asked in words ("有没有家长找我留言？", "今天孩子们都到齐了吗"): a request, never the text
    /// of a note she is writing.
    /// </summary>
    public static bool AsksHerOwnQuestion(string? text) => InboxText.AsksForQuestions(text) || AttendanceText.AsksAboutToday(text);

    /// <summary>
    /// A line about a child's attendance that is not a question: the day's list, a child late ("小明迟到了") or away
    /// ("小明今天没来", "王小明请病假了"). At the list of her questions it is that, not a pick of the child's question.
    /// </summary>
    public static bool TellsAttendance(string? text) => RecordAttendanceDialog.IsList(text) || AttendanceText.TellsAbsence(text);

    /// <summary>
    /// The day's list itself, or a child's absence told in words ("小明发烧了没来"): the list is then asked for. A question
    /// about the day ("都到齐了吗") is answered from the record, or asks for the list when nothing is recorded.
    /// </summary>
    private static bool IsAttendance(ITurnContext turnContext) =>
        turnContext.Activity.Type == ActivityTypes.Message && (RecordAttendanceDialog.IsList(turnContext.Activity.Text) || AttendanceText.TellsAbsence(turnContext.Activity.Text)
            || AttendanceText.AsksAboutToday(turnContext.Activity.Text));
}
