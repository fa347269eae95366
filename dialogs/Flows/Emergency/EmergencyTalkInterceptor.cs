using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// A message about the person's open emergency: a resolution ("找到了") closes it; an urgent message, or at the menu
/// one the menu would not understand ("怎么了？？严重吗"), goes to everyone on it. Numbers, menu words, language
/// switches and a teacher's attendance list ("缺：王小明 刘阳") keep their meaning, and a message naming only other
/// children ("李思雨今天有点发烧") is about them, never passed on to this family; content being written and the emergency flows' own questions are left alone.
/// A bare digit at the menu from someone whose alert still waits for their 收到 ("1" typed as if to answer the alert)
/// starts no other flow (it opened 请假 in the middle of an emergency): they are told in one sentence how to confirm.
/// </summary>
internal sealed class EmergencyTalkInterceptor(EmergencyConversation emergencyTalk) : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        if (turn.GapReported || turn.CollectsContent || turn.Runs(RoleFlowDialogs.RaiseEmergency) || turn.Runs(ConfirmEmergencyDialog.Name)) return null;
        if (turn.AtMenu && await AlertWaitingForDigitAsync(turn, cancellationToken).ConfigureAwait(false) is { } alerted)
        {
            await turn.Context.SendActivityAsync(EmergencyText.Get(turn.Context, "DigitWhileAlerted", alerted.ChildName), cancellationToken).ConfigureAwait(false);
            return turn.Handled;
        }
        if (!await IsAboutOpenEmergencyAsync(turn, cancellationToken).ConfigureAwait(false)) return null;
        // Inside a flow its question is still open: ask it again; at the menu the reply is enough.
        return turn.AtMenu ? turn.Handled : await turn.AskAgainAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The open emergency whose alert to the writer is not yet confirmed, when the message is a bare digit (not the menu key "0").</summary>
    private async Task<EmergencyInfo?> AlertWaitingForDigitAsync(InterceptedTurn turn, CancellationToken ct)
    {
        var text = turn.Context.Activity.Text;
        if (!NumberRecognizer.TryRecognizeWhole(text, out _) || MainDialog.IsZero(text)) return null;
        var me = turn.User.Person.PersonId;
        var open = await emergencyTalk.OpenAsync(turn.Context, ct).ConfigureAwait(false);
        return open.FirstOrDefault(e => e.Recipients.Any(r => r.PersonId == me && r.AcknowledgedAt is null));
    }

    private async Task<bool> IsAboutOpenEmergencyAsync(InterceptedTurn turn, CancellationToken ct)
    {
        var context = turn.Context;
        var text = context.Activity.Text;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MainDialog.MaxRequestLength || MainDialog.IsZero(text)
            || NumberRecognizer.TryRecognizeWhole(text, out _) || InterruptionRecognizer.Recognize(text) != Interruption.None
            || LanguageCommand.Recognize(text) is not null || ClearNewRequest.IsCommand(context, text)) return false;
        var open = await emergencyTalk.OpenAsync(context, ct).ConfigureAwait(false);
        if (open.Count == 0) return false;
        if (await emergencyTalk.TryResolveAsync(context, open, ct).ConfigureAwait(false)) return true;
        if (await emergencyTalk.NamesOnlyOtherChildrenAsync(context, open, text, ct).ConfigureAwait(false)) return false;
        // At the menu after an alert, a question ("找到了吗", "严重吗 在哪个医院") or a message the menu would not
        // understand is about the emergency; a menu request ("写两地书", "录入孩子回信") still opens its flow.
        // "应急" alone is a new emergency (another child).
        var analysis = turn.Analysis;
        var aboutIt = analysis?.Urgent == true
            || (turn.AtMenu && (AsksSomething(text) || analysis?.Intent is null or Intents.Other or Intents.Help
                || (analysis.Intent == Intents.Emergency && !IsShort(text)) || !IsClearRequest(context, text, analysis)));
        return aboutIt && await emergencyTalk.ForwardAsync(context, open, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// While an emergency is open a message at the menu is taken as a request only when it plainly is one: a short menu
    /// word ("记考勤", "写两地书") or what the prompts too take as a plain request (<see cref="ClearNewRequest.ReadsPlainlyAsRequest"/>).
    /// A teacher's "我马上去他同学家看看" (read as a note at 0.54) is news for everyone on the emergency; opening a flow
    /// with it would hide it from them.
    /// </summary>
    /// <remarks>
    /// Only what the writer's own menu has a flow for: a grandfather's 我去学校找 is short but no request of his (his menu
    /// answered it with 「没有这个选项」 and nobody heard he was on his way).
    /// </remarks>
    private static bool IsClearRequest(ITurnContext context, string text, TextAnalysis analysis) =>
        (IsShort(text) || ClearNewRequest.ReadsPlainlyAsRequest(analysis))
        && (analysis.Intent == Intents.Emergency || (CurrentUser.From(context) is { } user && ClearNewRequest.FlowOf(user.Actor.Role, analysis.Intent) is not null));

    /// <summary>A menu word ("记考勤", "写两地书", "应急"), not a sentence.</summary>
    private static bool IsShort(string text) => text.Trim().Length <= ShortRequestLength;

    private const int ShortRequestLength = 6;

    /// <summary>A question ("严重吗", "在哪个医院？") is about the emergency, whatever menu word it contains.</summary>
    private static bool AsksSomething(string text) =>
        text.IndexOfAny(['吗', '嗎', '？', '?', '么', '麼']) >= 0 || text.Contains("哪", StringComparison.Ordinal);
}
