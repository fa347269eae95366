using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Care;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
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
    LogFiveOnesDialog logFiveOnes,
    IChildrenService children)
    : RoleMenuDialog(Name, acknowledger, Items, [showInbox, recordAttendance, writeNote, enterReplyLetter, raiseEmergency, recordTalk, recordGuardian, recordHomeVisit, logFiveOnes])
{
    public const string Name = nameof(TeacherMenuDialog);

    private static IReadOnlyList<MenuItem> Items { get; } =
    [
        new("MenuInbox", ShowInboxDialog.Name, null, Intents.AskTeacher),
        // "小明发烧了没来", "王小明今天请假了": a child's absence the teacher tells is today's attendance (it got the menu).
        new("MenuAttendance", RecordAttendanceDialog.Name, new RecordAttendanceOptions(null), Intents.Attendance, Intents.LeaveRequest),
        new("MenuNote", WriteNoteDialog.Name, new WriteNoteOptions(NoteKind.Note), Intents.Notes),
        new("MenuTalk", RecordWeeklyTalkDialog.Name, null),
        new("MenuVisit", RecordHomeVisitDialog.Name, null),
        new("MenuLetter", EnterReplyLetterDialog.Name, null, Intents.Letter),
        new("MenuEmergency", RaiseEmergencyDialog.Name, new RaiseEmergencyOptions(null, null), Intents.Emergency) { WordsName = "MenuEmergencyWords" },
        new("MenuGuardian", RecordGuardianDialog.Name, null),
        new("MenuFiveOnes", LogFiveOnesDialog.Name, null),
    ];

    /// <summary>The id of the flow <paramref name="intent"/> jumps to from this menu; null when none.</summary>
    public static string? FlowOf(string? intent) => FlowOf(Items, intent);

    protected override string Text(ITurnContext turnContext, string name) => TeacherText.Get(turnContext, name);

    /// <summary>
    /// "缺：王小明" or "全到" sent at the menu is today's attendance itself, as the help says: recorded at once. A notice
    /// for the class's families ("应急演练通知") is answered: the chat sends none (it was taken for 写记录 or the inbox).
    /// </summary>
    protected override async Task<DialogTurnResult?> BeforeMenuAsync(WaterfallStepContext<RoleMenuState> step, CancellationToken cancellationToken)
    {
        if (IsAttendance(step.Context))
            return await step.BeginDialogAsync(RecordAttendanceDialog.Name, new RecordAttendanceOptions(null), cancellationToken).ConfigureAwait(false);
        if (!await IsClassNoticeAsync(step.Context, cancellationToken).ConfigureAwait(false)) return null;
        await step.Context.SendActivityAsync(TeacherText.Get(step.Context, "ClassNoticeNotSent"), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same while the menu's own question waits for a number.</summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.ActiveDialog?.Id == MenuPromptId && IsAttendance(innerDc.Context))
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(RecordAttendanceDialog.Name, new RecordAttendanceOptions(null), cancellationToken).ConfigureAwait(false);
        }
        if (innerDc.ActiveDialog?.Id == MenuPromptId && await IsClassNoticeAsync(innerDc.Context, cancellationToken).ConfigureAwait(false))
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            await innerDc.Context.SendActivityAsync(TeacherText.Get(innerDc.Context, "ClassNoticeNotSent"), cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> IsClassNoticeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message || !ClassNotice.IsShaped(turnContext.Activity.Text)) return false;
        var list = await children.GetChildrenAsync(FamilyTurn.User(turnContext).Actor, cancellationToken).ConfigureAwait(false);
        return ClassNotice.Matches(turnContext.Activity.Text, list.Select(c => c.Name));
    }

    /// <summary>The day's list itself, or a child's absence told in words ("小明发烧了没来"): the list is then asked for.</summary>
    private static bool IsAttendance(ITurnContext turnContext) =>
        turnContext.Activity.Type == ActivityTypes.Message && (RecordAttendanceDialog.IsList(turnContext.Activity.Text) || AttendanceText.TellsAbsence(turnContext.Activity.Text));
}
