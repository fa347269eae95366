using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Terms;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Parent;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// Today's attendance for a class the teacher heads, in one message: "全到" or "缺：张三 李四". Names that are not
/// in the class (or match two children) are listed back and nothing is written; the teacher sends the list again.
/// </summary>
internal sealed class RecordAttendanceDialog : ComponentDialog
{
    public const string Name = nameof(RecordAttendanceDialog);
    private const string Steps = "steps";
    private readonly IChildrenService _children;
    private readonly IAttendanceService _attendance;
    private readonly ILogger<RecordAttendanceDialog> _log;
    private readonly ITermCalendar _calendar;
    private readonly ClassDayDetails _details;

    public RecordAttendanceDialog(IChildrenService children, IAttendanceService attendance, ITermCalendar calendar, ClassDayDetails details, ILogger<RecordAttendanceDialog> log) : base(Name)
    {
        _details = details;
        _children = children;
        _attendance = attendance;
        _log = log;
        _calendar = calendar;
        AddDialog(new WaterfallDialog<RecordAttendanceState>(Steps, [ChooseClassStepAsync, ConfirmSchoolDayStepAsync, AskAbsentStepAsync, RecordStepAsync]));
        AddDialog(new ChoicePrompt("class"));
        // The absence list typed at "还要记考勤吗？" ("缺 王小明", "全到") is a yes with the list already given.
        AddDialog(new ChoicePrompt("day", static (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded || IsList(prompt.Context.Activity.Text))));
        AddDialog(new TextPrompt("list", ValidateListAsync));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> ChooseClassStepAsync(WaterfallStepContext<RecordAttendanceState> step, CancellationToken ct)
    {
        var classes = await _children.GetClassesAsync(FamilyTurn.User(step.Context).Actor, ct).ConfigureAwait(false);
        var given = step.GetOptions<RecordAttendanceOptions>()?.ClassId;
        var mine = classes.Where(c => given is null || c.Id == given).ToList();
        if (mine.Count == 0)
        {
            var told = given is null ? await ChildRecordAsync(step.Context, ct).ConfigureAwait(false) : null;
            await step.Context.SendActivityAsync(told ?? TeacherText.Get(step.Context, "AttendanceNoClass"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        step.Values = step.Values with { ClassIds = mine.Select(c => c.Id).ToList() };
        if (mine.Count == 1) return await step.NextAsync(new FoundChoice(mine[0].Name, 0, 1.0), ct).ConfigureAwait(false);
        return await step.PromptAsync("class", NumberedMenu.Options(step.Context, TeacherText.Get(step.Context, "AttendanceWhichClass"), mine.Select(c => c.Name).ToList()), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A teacher who heads no class (the paired teacher) asking about one of the children she looks after ("帮我看看小红
    /// 这周出勤", "小明今天来了吗"): that child's record for the period asked (this week when none is), as the parents see
    /// it. Null when the message is the day's list or names none of her children.
    /// </summary>
    private async Task<string?> ChildRecordAsync(ITurnContext context, CancellationToken ct)
    {
        var text = context.Activity.Text;
        if (IsList(text) || string.IsNullOrWhiteSpace(text)) return null;
        var actor = FamilyTurn.User(context).Actor;
        var children = (await _children.GetChildrenAsync(actor, ct).ConfigureAwait(false)).Select(c => new ChildChoice(c.Id, c.Name)).ToList();
        if (ChooseChildDialog.Named(children, text) is not { } child) return null;
        var now = KernelTurnState.GetTimeProvider(context).GetUtcNow();
        var period = AttendancePeriod.Find(text, now, KernelTurnState.GetTimeZone(context)) ?? AttendancePeriod.ThisWeek(FamilyTurn.Today(context));
        var report = await _attendance.GetAsync(actor, child.Id, period.From, period.To, ct).ConfigureAwait(false);
        return report is null ? null : AskAttendanceDialog.Describe(context, child, period, report);
    }

    /// <summary>A weekend, a holiday or a vacation day of the 校历 is no school day: attendance for it is taken only after the teacher says so.</summary>
    private Task<DialogTurnResult> ConfirmSchoolDayStepAsync(WaterfallStepContext<RecordAttendanceState> step, CancellationToken ct)
    {
        if (step.Result is not FoundChoice picked) return step.EndDialogAsync(null, ct);
        step.Values = step.Values with { ClassId = step.Values.ClassIds[picked.Index], ClassName = picked.Value };
        var today = FamilyTurn.Today(step.Context);
        var options = step.GetOptions<RecordAttendanceOptions>();
        // "缺：王小明" or "全到" sent at the menu is the list itself (the help says so): recorded at once, not asked for
        // again. Not when the flow restarts after a list with unknown names: that list is the one just refused.
        if (options?.DayConfirmed == true || _calendar.InSession(today))
            return step.NextAsync(options?.ClassId is null && IsList(step.Context.Activity.Text) ? null : true, ct);
        var culture = ResxText.CultureOf(step.Context.Locale);
        var question = today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
            ? TeacherText.Get(step.Context, "AttendanceNoSchoolDay", TodayText(step.Context), today.ToDateTime(TimeOnly.MinValue).ToString("dddd", culture))
            : TeacherText.Get(step.Context, "AttendanceHoliday", TodayText(step.Context));
        return step.PromptAsync("day", NumberedMenu.Options(step.Context, question, [TeacherText.Get(step.Context, "AttendanceDayYes"), TeacherText.Get(step.Context, "AttendanceDayNo")]), ct);
    }

    private async Task<DialogTurnResult> AskAbsentStepAsync(WaterfallStepContext<RecordAttendanceState> step, CancellationToken ct)
    {
        if (step.Result is null && IsList(step.Context.Activity.Text))
        {
            step.Values = step.Values with { DayConfirmed = true, Told = true };
            return await step.NextAsync(step.Context.Activity.Text, ct).ConfigureAwait(false);
        }
        if (step.Result is FoundChoice { Index: not 0 } || step.Result is null)
        {
            if (step.Result is FoundChoice) await step.Context.SendActivityAsync(TeacherText.Get(step.Context, "AttendanceDaySkipped"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        step.Values = step.Values with { DayConfirmed = true };
        if (step.GetOptions<RecordAttendanceOptions>()?.ClassId is null && AttendanceText.AsksAboutToday(step.Context.Activity.Text) && step.Values.ClassId is { } classId
            && await _attendance.GetClassDayAsync(FamilyTurn.User(step.Context).Actor, classId, FamilyTurn.Today(step.Context), ct).ConfigureAwait(false) is { AnyRecorded: true } day)
        {
            await step.Context.SendActivityAsync(await DayAsRecordedAsync(step.Context, classId, step.Values.ClassName, day, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var ask = TeacherText.Get(step.Context, "AttendanceAsk", step.Values.ClassName, TodayText(step.Context));
        return await step.PromptAsync("list", new PromptOptions
        {
            Prompt = MessageFactory.Text(ask),
            RetryPrompt = MessageFactory.Text(TeacherText.Get(step.Context, "AttendanceFormat") + "\n" + ask),
            MaxLength = TextNormalizer.MaxRecognizedLength,
        }, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// "三年级(1)班今天已记：到5人，缺勤1人：刘阳。迟到1人：王小明。", with how many are not recorded yet and how to correct.
    /// The late are named as in the message that recorded them (they were left out: found by earlier play sessions).
    /// </summary>
    private async Task<string> DayAsRecordedAsync(ITurnContext context, int classId, string className, ClassDay day, CancellationToken ct)
    {
        var culture = ResxText.CultureOf(context.Locale);
        var late = await _details.LateAsync(FamilyTurn.User(context).Actor, classId, FamilyTurn.Today(context), ct).ConfigureAwait(false);
        var recorded = (day.Absent.Count == 0
            ? TeacherText.Get(context, "AttendanceTodayAllHere", className, day.Present)
            : TeacherText.Get(context, "AttendanceTodaySomeAway", className, day.Present, day.Absent.Count, FamilyText.List(culture, day.Absent)))
            + (late.Count == 0 ? string.Empty : TeacherText.Get(context, "AttendanceLate", late.Count, FamilyText.List(culture, late)));
        if (day.Unrecorded > 0) recorded += TeacherText.Get(context, "AttendanceTodayUnrecorded", day.Unrecorded);
        return recorded + TeacherText.Get(context, "AttendanceTodayHowToCorrect");
    }

    /// <summary>"全到", "缺：王小明 李思雨", "改：王小明 到校" or "小明迟到了": a day's attendance in one message.</summary>
    public static bool IsList(string? text) => IsCommand(text) || AttendanceText.TellsLate(text, out _);

    /// <summary>
    /// The day's list or a correction in its set form, a command wherever it is typed. Not "小明迟到了": typed at another
    /// question (a note being written) that is what she writes, and only the menu takes it for the attendance.
    /// </summary>
    public static bool IsCommand(string? text) => AttendanceText.TryParseCorrection(text, out _, out _) || AttendanceText.TryParse(text, out _);

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext<RecordAttendanceState> step, CancellationToken ct)
    {
        if (step.Values.ClassId is not { } classId) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var actor = FamilyTurn.User(step.Context).Actor;
        ClassAttendanceResult result;
        var today = FamilyTurn.Today(step.Context);
        var message = step.Result as string;
        var name = string.Empty;
        var status = AttendanceStatus.Present;
        // "小明迟到了" at the menu is that one child, after the list or before it; at the question it is the list (the
        // rest of the class there, as the question says).
        var toldLate = step.Values.Told && AttendanceText.TellsLate(message, out name);
        var corrected = !toldLate && AttendanceText.TryParseCorrection(message, out name, out status);
        if (toldLate || corrected)
            result = await _attendance.CorrectAsync(actor, classId, today, name, toldLate ? AttendanceStatus.Late : status, ct).ConfigureAwait(false);
        else if (AttendanceText.TryParse(message, out var absent, out var late, asked: true))
        {
            result = await _attendance.RecordClassAsync(actor, classId, today, absent, lateNames: late, cancellationToken: ct).ConfigureAwait(false);
            if (result.Recorded) await _details.KeepReasonsAsync(actor, classId, today, AttendanceText.Reasons(message), result.AbsentNames, ct).ConfigureAwait(false);
        }
        else if (AttendanceText.AsksAboutToday(message))
            return await AnswerQuestionAsync(step, classId, ct).ConfigureAwait(false);
        else
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        if (!result.Recorded)
        {
            var culture = ResxText.CultureOf(step.Context.Locale);
            var problems = new List<string>();
            if (result.UnknownNames.Count > 0) problems.Add(TeacherText.Get(step.Context, "AttendanceUnknown", FamilyText.List(culture, result.UnknownNames)));
            foreach (var (given, fullNames) in result.Candidates)
                problems.Add(TeacherText.Get(step.Context, "AttendanceWhichOne", given, FamilyText.List(culture, fullNames)));
            var sameFullName = result.AmbiguousNames.Where(n => !result.Candidates.ContainsKey(n)).ToList();
            if (sameFullName.Count > 0) problems.Add(TeacherText.Get(step.Context, "AttendanceAmbiguous", FamilyText.List(culture, sameFullName)));
            await step.Context.SendActivityAsync(string.Join('\n', problems) + "\n" + TeacherText.Get(step.Context, "AttendanceNothingWritten"), ct).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Steps, new RecordAttendanceOptions(classId, step.Values.DayConfirmed), ct).ConfigureAwait(false);
        }
        _log.LogInformation("Attendance for class {ClassId}: {Present} present, {Absent} absent", classId, result.Present, result.Absent);
        // Who is absent, by name: the class's own children, hers to see, so that she can check the list at a glance.
        var absentNames = FamilyText.List(ResxText.CultureOf(step.Context.Locale), result.AbsentNames);
        var done = toldLate
            ? TeacherText.Get(step.Context, "AttendanceLateRecorded", result.ChildName ?? name)
                + (result.Unrecorded > 0 ? TeacherText.Get(step.Context, "AttendanceTodayUnrecorded", result.Unrecorded) : string.Empty)
            : corrected
            ? TeacherText.Get(step.Context, "AttendanceCorrected", name, TeacherText.Get(step.Context, "Corrected" + status), step.Values.ClassName, result.Present, result.Absent,
                result.Absent == 0 ? string.Empty : TeacherText.Get(step.Context, "AttendanceAbsentNames", absentNames))
            : (result.Absent == 0
                ? TeacherText.Get(step.Context, "AttendanceAllPresent", step.Values.ClassName, result.Present)
                : TeacherText.Get(step.Context, "AttendanceDone", step.Values.ClassName, result.Present, result.Absent, absentNames))
            + (result.LateNames.Count == 0 ? string.Empty
                : TeacherText.Get(step.Context, "AttendanceLate", result.LateNames.Count, FamilyText.List(ResxText.CultureOf(step.Context.Locale), result.LateNames)));
        await step.Context.SendActivityAsync(done, ct).ConfigureAwait(false);
        return await step.EndDialogAsync(result, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// "今天谁没来" where the list is asked (a list or a correction is read first): what is recorded, or that nothing is
    /// yet and the list is asked again.
    /// </summary>
    private async Task<DialogTurnResult> AnswerQuestionAsync(WaterfallStepContext<RecordAttendanceState> step, int classId, CancellationToken ct)
    {
        var day = await _attendance.GetClassDayAsync(FamilyTurn.User(step.Context).Actor, classId, FamilyTurn.Today(step.Context), ct).ConfigureAwait(false);
        if (day is { AnyRecorded: true })
        {
            await step.Context.SendActivityAsync(await DayAsRecordedAsync(step.Context, classId, step.Values.ClassName, day, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        await step.Context.SendActivityAsync(TeacherText.Get(step.Context, "AttendanceTodayNoneYet", step.Values.ClassName), ct).ConfigureAwait(false);
        return await step.ReplaceDialogAsync(Steps, new RecordAttendanceOptions(classId, step.Values.DayConfirmed), ct).ConfigureAwait(false);
    }

    /// <summary>A list, a correction, or a question about the day ("今天谁没来"), which is answered from the record.</summary>
    private static Task<bool> ValidateListAsync(PromptValidatorContext<string> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded
            && (AttendanceText.TryParse(prompt.Recognized.Value, out _, out _, asked: true) || AttendanceText.TryParseCorrection(prompt.Recognized.Value, out _, out _)
                || AttendanceText.AsksAboutToday(prompt.Recognized.Value)));

    private static string TodayText(ITurnContext turnContext)
    {
        var culture = ResxText.CultureOf(turnContext.Locale);
        return FamilyTurn.Today(turnContext).ToString(TeacherText.Get(culture, "DateFormat"), culture);
    }
}
