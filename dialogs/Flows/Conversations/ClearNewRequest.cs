using System.Text.Json;
using System.Text.RegularExpressions;
using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Guardian;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Parent;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Teacher;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// The one answer to "is this unrecognised answer a new request?" for every prompt (<see cref="INewRequestRecognizer"/>):
/// yes when the analyzer is sure the message asks for one of the writer's own flows ("给孩子写封信" at "要把这句话转给
/// 老师吗？"). Not for a digit, a word or two, an unsure guess, a flow that is already running (its own question asks
/// again: "小红请假" at the leave's confirmation is about that leave), or while an emergency is being raised.
/// </summary>
internal sealed partial class ClearNewRequest(ITextAnalyzer analyzer) : INewRequestRecognizer
{
    /// <summary>
    /// The classifier's probability a new request needs, well above the menu's 0.3. Measured on this model: requests
    /// such as "给孩子写封信" (0.9997), "写信" (0.998), "小明这周上学了吗" (0.83), "给孩子爸爸打个电话" (0.88) pass;
    /// answers typed at prompts stay below ("没问题的" 0.58 ask_teacher, "可以可以" 0.42, "对的呀" 0.33) and are asked again.
    /// </summary>
    public const double MinConfidence = 0.8;

    /// <summary>One character ("病", "1") is an answer or noise, never a new request; "写信", "请假" are requests.</summary>
    public const int MinLength = 2;

    /// <summary>
    /// The one definition of "the analyzer plainly reads a request": sure of it (<see cref="MinConfidence"/>) and not
    /// urgent. The prompts ask it below; the open emergency's talk asks it too, so that a message at the menu opens a
    /// flow only when it plainly is a request and otherwise reaches everyone on the emergency.
    /// </summary>
    public static bool ReadsPlainlyAsRequest(TextAnalysis analysis) => !analysis.Urgent && analysis.Confidence >= MinConfidence;

    /// <summary>
    /// A message in the writer's own command form, a request whatever the analyzer reads: a teacher's attendance list
    /// ("缺：王小明 刘阳", "考勤 全到"). The open emergency's talk never passes one on to the family.
    /// </summary>
    public static bool IsCommand(ITurnContext context, string text) =>
        CurrentUser.From(context)?.Actor.Role is ActorRole.Teacher or ActorRole.Admin && RecordAttendanceDialog.IsCommand(text);

    public async Task<bool> IsNewRequestAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var text = context.Activity.Text;
        if (CurrentUser.From(context) is not { } user || TurnAnalysis.Get(context) is not { } analysis || string.IsNullOrWhiteSpace(text)) return false;
        var stack = Root(dc).Stack;
        if (Runs(stack, RoleFlowDialogs.RaiseEmergency) || Runs(stack, ConfirmEmergencyDialog.Name)) return false;
        // A title of the writer's own menu typed as it stands ("写记录" at the attendance list) is that flow, as at the
        // menu, however sure the analyzer is of it.
        // "给家长留言" is the note for the parents wherever a teacher types it, even at 写记录's own questions: begun again
        // from the menu, which knows the parents are who it is for.
        if (user.Actor.Role is ActorRole.Teacher or ActorRole.Admin && TeacherMenuDialog.WritesToParents(text)) return true;
        var titled = FlowTitled(context, user.Actor.Role, text) ?? (ReportsAbsence(user.Actor.Role, analysis, text) ? GuardianMenuDialog.FlowOf(Intents.LeaveRequest) : null);
        if (titled is null && (!ReadsPlainlyAsRequest(analysis) || text.Length > MainDialog.MaxRequestLength
            || TextNormalizer.Compact(text).Length < MinLength || NumberRecognizer.TryRecognizeWhole(text, out _)))
            return await TwoRequestsAtWhichChildAsync(dc, user.Actor.Role, text, cancellationToken).ConfigureAwait(false);
        var flow = titled ?? FlowOf(user.Actor.Role, analysis.Intent);
        if (flow is null && !AsksAnotherQuestionAtWhichChild(dc, analysis.Intent, text))
            return await TwoRequestsAtWhichChildAsync(dc, user.Actor.Role, text, cancellationToken).ConfigureAwait(false);
        return flow is null || !Runs(stack, flow) || AnotherQuestionForTheTeacher(dc, flow);
    }

    /// <summary>
    /// "今天到校了没 明天要请假" at the grandfather's 「问哪个孩子？」: two requests of the writer's own, neither the whole
    /// message plainly, were 「没有这个选项」. At a question of which child they are a new request (both are then done in
    /// order, <see cref="GuardianTwoRequestsInterceptor"/>, <see cref="ParentTwoRequestsInterceptor"/>).
    /// </summary>
    private async Task<bool> TwoRequestsAtWhichChildAsync(DialogContext dc, ActorRole role, string text, CancellationToken cancellationToken)
    {
        if (dc.Parent?.ActiveDialog?.Id != ChooseChildDialog.Name || text.Length > MainDialog.MaxRequestLength) return false;
        // A message naming one of the children offered answers the question, and the flow keeps the rest of it
        // ("小明最近作业多不多？晚上几点睡觉？" at the question for the teacher's 「问哪个孩子？」).
        var offered = (dc.ActiveDialog?.Options?.Deserialize<PromptOptions>(BotJson.Options)?.Choices ?? []).Select((c, i) => new ChildChoice(i, c.Value)).ToList();
        if (ChooseChildDialog.EachNamed(offered, text).Count > 0) return false;
        Func<string?, string, bool>? routes = role switch
        {
            ActorRole.Parent => (intent, _) => ParentMenuDialog.Routes(intent),
            ActorRole.Guardian => GuardianTwoRequestsInterceptor.Routes,
            _ => null,
        };
        return routes is not null
            && await TwoRequests.ReadAsync(analyzer, text, dc.Context.Locale, atSpaces: role == ActorRole.Guardian, routes, cancellationToken).ConfigureAwait(false) is not null;
    }

    public bool AsksForRunningFlow(DialogContext dc)
    {
        var text = dc.Context.Activity.Text;
        return CurrentUser.From(dc.Context) is { } user && !string.IsNullOrWhiteSpace(text)
            && FlowTitled(dc.Context, user.Actor.Role, text) is { } flow && Runs(Root(dc).Stack, flow);
    }

    /// <summary>
    /// "小红这周作业多不多，问问老师" at 要把这句话转给老师吗？「小明最近作业多吗」 (the father's second question): the
    /// flow that runs is the one asked for, but its yes/no is about one quoted question, so another question for the
    /// teacher is no answer to it. It was asked again twice and then dropped with the first; now it is a new request
    /// (the first is said unsent and the new one is asked about). Elsewhere in the flow the running flow still keeps it.
    /// </summary>
    private static bool AnotherQuestionForTheTeacher(DialogContext dc, string flow) =>
        flow == AskTeacherDialog.Name && dc.ActiveDialog?.Id == AskTeacherDialog.ConfirmPrompt && dc.Parent?.ActiveDialog?.Id == AskTeacherDialog.Name;

    /// <summary>
    /// The same question where the answer is the writer's own words to pass on (the question for the teacher): a few
    /// words typed as this turn's answer (<paramref name="answer"/> is in this turn's message, so a question carried in
    /// from an earlier message and taken up with "好" is not judged by the "好") that the analyzer plainly reads as a
    /// request for something other than the flow that runs ("写两地书", "打电话", "请假" where the question is asked).
    /// Such words may still be what the writer means to send, so they are not taken as a new request at once: the flow
    /// asks back first, and a new request typed at that yes/no question leaves it (<see cref="IsNewRequestAsync"/>).
    /// </summary>
    public static bool MayBeNewRequest(DialogContext dc, string answer)
    {
        var context = dc.Context;
        var text = context.Activity.Text;
        if (CurrentUser.From(context) is not { } user || TurnAnalysis.Get(context) is not { } analysis || !ReadsPlainlyAsRequest(analysis)) return false;
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(answer) || !text.Contains(answer.Trim(), StringComparison.Ordinal)) return false;
        var words = TextNormalizer.Compact(answer).Length;
        if (words < MinLength || words > MaxBareRequestLength || NumberRecognizer.TryRecognizeWhole(answer, out _)) return false;
        return FlowOf(user.Actor.Role, analysis.Intent) is not { } flow || !Runs(Root(dc).Stack, flow);
    }

    /// <summary>
    /// 「小红明天也不去了 发烧」 at 读给孩子听了吗？ (found playing the grandfather on WeChat): a grandparent's news that a
    /// child is ill or will not go to school is the leave wherever it is said, however unsure the analyzer is; it was
    /// answered 没有这个选项 and lost with the letters. Not a question ("小明发烧了吗") and not urgent (an emergency's).
    /// </summary>
    private static bool ReportsAbsence(ActorRole role, TextAnalysis analysis, string text) =>
        role == ActorRole.Guardian && !analysis.Urgent && text.Length <= MainDialog.MaxRequestLength && LeaveReason.SaysAbsence(text);

    /// <summary>Past this many characters an answer is a sentence of its own, passed on as written ("写两地书" is 4).</summary>
    private const int MaxBareRequestLength = 6;

    private static DialogContext Root(DialogContext dc)
    {
        var root = dc;
        while (root.Parent is not null) root = root.Parent;
        return root;
    }

    /// <summary>
    /// "小红这周上学了吗" at the leave's 「哪个孩子请假？」 (found playing the grandfather): a question about the child that
    /// this person has no flow for (attendance, notes, asking the teacher are the parents') names a child but is not
    /// the answer; it was read as 王小红's leave "this week". Asked back as a question, it ends the which-child
    /// question and the menu answers it as it would any time. A name, "小红呢" or a statement still answer.
    /// </summary>
    private static bool AsksAnotherQuestionAtWhichChild(DialogContext dc, string intent, string text) =>
        dc.Parent?.ActiveDialog?.Id == ChooseChildDialog.Name && intent is Intents.Attendance or Intents.Notes or Intents.AskTeacher
        && TextNormalizer.Compact(text).Length >= MinQuestionLength && QuestionEnd().IsMatch(text);

    /// <summary>"小红呢？" (4) picks the child; "小红上学了吗" (6) asks something of its own.</summary>
    private const int MinQuestionLength = 5;

    [GeneratedRegex(@"(?:[吗嗎么麼没沒]|没有|沒有)\s*[？?]?\s*$|[？?]\s*$")]
    private static partial Regex QuestionEnd();

    /// <summary>The flow a role's menu starts for <paramref name="intent"/>; an emergency is the interceptors' to raise.</summary>
    /// <summary>The flow the writer's own menu opens for the intent; null when their menu has none (or for an emergency).</summary>
    internal static string? FlowOf(ActorRole role, string intent) => intent == Intents.Emergency ? null : role switch
    {
        ActorRole.Parent => ParentMenuDialog.FlowOf(intent),
        ActorRole.Guardian => GuardianMenuDialog.FlowOf(intent),
        ActorRole.Teacher or ActorRole.Admin => TeacherMenuDialog.FlowOf(intent),
        _ => null,
    };

    /// <summary>The flow of the writer's own menu item titled <paramref name="text"/> as it stands; null when none.</summary>
    private static string? FlowTitled(ITurnContext context, ActorRole role, string? text) => role switch
    {
        ActorRole.Parent => ParentMenuDialog.FlowTitled(context, text),
        ActorRole.Guardian => GuardianMenuDialog.FlowTitled(context, text),
        ActorRole.Teacher or ActorRole.Admin => TeacherMenuDialog.FlowTitled(context, text),
        _ => null,
    };

    private static bool Runs(IEnumerable<DialogInstance> stack, string id) =>
        stack.Any(i => i.Id == id || (i.Dialogs is { } inner && Runs(inner.DialogStack, id)));
}
