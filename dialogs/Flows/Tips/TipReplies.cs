using LeftBehind.Archive.Model;
using LeftBehind.Archive.Tips;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Tips;

/// <summary>
/// Answers to 家长学校 / 家长课堂 tips, for guardians and parents on any channel (a feature phone's SMS included):
/// 有用 / 没用 (or 1 / 2 right after a tip, when no newer reminder asked its own question) is recorded on the tip and
/// steers the next choices; 停 / 退订 after a tip, or "不要小贴士" anytime, stops the tips; 开始 restarts them.
/// Anything else is not ours and goes on to the menus unchanged.
/// </summary>
internal sealed class TipReplies(ITipService tips, ConversationAccessors accessors, ILogger<TipReplies> log)
{
    private static readonly ResxText Text = new(typeof(TipStrings));

    /// <param name="idle">No dialog is waiting for an answer: digits and bare words may be ours. Otherwise only
    /// words that cannot be an answer to the waiting question (有用, 没用, 不要小贴士), and a bare 1 / 2 when the tip
    /// came after the person's previous message (the waiting question is older than the tip they are answering).</param>
    public async Task<TipReplyOutcome> TryHandleAsync(ITurnContext context, CurrentUser user, bool idle, CancellationToken cancellationToken)
    {
        if (user.Actor.Role is not (ActorRole.Parent or ActorRole.Guardian)) return TipReplyOutcome.NotOurs;
        var command = TipCommand.Recognize(context.Activity.Text);
        if (command.Kind == TipCommandKind.None || (!idle && !command.IsDigit && !command.Explicit && command.Kind is TipCommandKind.Stop or TipCommandKind.Restart)) return TipReplyOutcome.NotOurs;
        var person = user.Person.PersonId;

        switch (command.Kind)
        {
            case TipCommandKind.Useful or TipCommandKind.NotUseful:
            {
                var open = await tips.FindOpenTipAsync(person, command.IsDigit, cancellationToken).ConfigureAwait(false);
                if (open is null) return TipReplyOutcome.NotOurs;
                if (!idle && command.IsDigit)
                {
                    var profile = await accessors.Profile.GetAsync(context, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
                    if (profile.PreviousMessageAt is { } previous && previous >= open.SentAt) return TipReplyOutcome.NotOurs;
                }
                var feedback = command.Kind == TipCommandKind.Useful ? TipFeedback.Useful : TipFeedback.NotUseful;
                if (!await tips.RecordFeedbackAsync(person, open.OutboxKey, feedback, cancellationToken).ConfigureAwait(false)) return TipReplyOutcome.NotOurs;
                log.LogInformation("Tip feedback {Feedback} from person {Person} on tip {Tip}", feedback, person, open.TipId);
                await SayAsync(context, feedback == TipFeedback.Useful ? "Useful" : "NotUseful", cancellationToken).ConfigureAwait(false);
                return command.IsDigit && !idle ? TipReplyOutcome.AnsweredInsteadOfWaitingQuestion : TipReplyOutcome.Answered;
            }
            case TipCommandKind.Stop:
            {
                if (!command.Explicit && !await tips.HadRecentTipAsync(person, cancellationToken).ConfigureAwait(false)) return TipReplyOutcome.NotOurs;
                var changed = await tips.SetStoppedAsync(person, stopped: true, context.Activity.Text!.Trim(), cancellationToken).ConfigureAwait(false);
                log.LogInformation("Tips stopped by person {Person}", person);
                await SayAsync(context, changed ? "Stopped" : "AlreadyStopped", cancellationToken).ConfigureAwait(false);
                return TipReplyOutcome.Answered;
            }
            case TipCommandKind.Restart:
            {
                var stopped = await tips.IsStoppedAsync(person, cancellationToken).ConfigureAwait(false);
                // A bare "开始" is ours only when the tips are stopped (it is what the stop message told them to send).
                if (!command.Explicit && !stopped) return TipReplyOutcome.NotOurs;
                if (stopped) await tips.SetStoppedAsync(person, stopped: false, context.Activity.Text!.Trim(), cancellationToken).ConfigureAwait(false);
                log.LogInformation("Tips restarted by person {Person}", person);
                await SayAsync(context, stopped ? "Restarted" : "AlreadyOn", cancellationToken).ConfigureAwait(false);
                return TipReplyOutcome.Answered;
            }
            default:
                return TipReplyOutcome.NotOurs;
        }
    }

    private static Task SayAsync(ITurnContext context, string name, CancellationToken cancellationToken) =>
        context.SendActivityAsync(Text.Get(context, name), cancellationToken);
}
