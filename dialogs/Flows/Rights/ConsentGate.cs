using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Rights;

/// <summary>
/// Issue #14, item 5 (PIPL Art. 29/31): a parent or guardian bound in the chat sees nothing about a child until they
/// answer a separate question — 同意 (1) or 不同意 (2) — recorded with the text version and the time. Until then,
/// and after 不同意 or a withdrawal, every message is answered by the gate alone; 「我的信息」, a language switch and
/// an emergency still go through (an emergency is the vital-interest exception, Art. 13(4): recall first).
/// Teachers act for the school and are not asked.
/// </summary>
/// <remarks>
/// A request made while the question waits ("小明今天到校了吗") is not answered then, but held in memory for a while
/// (<see cref="EarlierRequestWindow"/>, <see cref="EarlierRequests"/>, never in the stored state): once they agree it is
/// carried on instead of showing the menu; when they decline it is forgotten at once.
/// </remarks>
internal sealed class ConsentGate(IPersonRights rights, IEnumerable<IBindingListener> listeners, EarlierRequests earlier)
{
    /// <summary>How long a request made before agreeing is still what the person wants once they agree.</summary>
    public static readonly TimeSpan EarlierRequestWindow = TimeSpan.FromMinutes(30);

    /// <summary>The version of the separate consent text (docs/security.md lists every version and its wording).</summary>
    public const string TextVersion = "2026-12";

    public async Task<ConsentGateOutcome> HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || CurrentUser.From(turnContext) is not { } user || !Asks(user)) return ConsentGateOutcome.PassThrough;
        if (LanguageCommand.Recognize(activity.Text) is not null || Conversations.TurnAnalysis.Get(turnContext)?.Urgent == true) return ConsentGateOutcome.PassThrough;
        var state = await rights.GetConsentAsync(user.Person.PersonId, cancellationToken).ConfigureAwait(false);
        if (state.Given) return ConsentGateOutcome.PassThrough;

        var t = RightsText.Strings;
        if (RightsWords.IsDecline(activity.Text))
        {
            await rights.RefuseConsentAsync(user.Person.PersonId, TextVersion, cancellationToken).ConfigureAwait(false);
            earlier.Forget(user.Person.PersonId);
            await turnContext.SendActivityAsync(t.Get(turnContext, "ConsentDeclined"), cancellationToken).ConfigureAwait(false);
            return ConsentGateOutcome.Handled;
        }
        if (RightsWords.IsAgree(activity.Text))
        {
            // The purpose is stored in the default language: it is the record of what the text said, not a greeting.
            await rights.GiveConsentAsync(user.Person.PersonId, new ConsentGiven(ConversationText.Strings.Get(Locales.Default, "ConsentPurpose"), TextVersion), cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(t.Get(turnContext, "ConsentThanks"), cancellationToken).ConfigureAwait(false);
            // What waited in their mailbox (a letter, a teacher's answer) is theirs to see now, after the thanks and the menu.
            foreach (var listener in listeners) KernelTurnState.AfterReplies(turnContext, ct => listener.OnBoundAsync(user.Person.PersonId, ct));
            return ConsentGateOutcome.AgreedShowMenu;
        }
        if (RightsWords.IsWhatDoesItMean(activity.Text))
        {
            await turnContext.SendActivityAsync(MessageFactory.SuggestedActions([t.Get(turnContext, "ConsentAgreeTitle"), t.Get(turnContext, "ConsentDeclineTitle")],
                t.Get(turnContext, user.Actor.Role == ActorRole.Guardian ? "ConsentExplainGuardian" : "ConsentExplainParent")), cancellationToken).ConfigureAwait(false);
            return ConsentGateOutcome.Handled;
        }
        if (state.RefusedAt is not null || state.WithdrawnAt is not null)
            await turnContext.SendActivityAsync(t.Get(turnContext, "ConsentStillNeeded"), cancellationToken).ConfigureAwait(false);
        else
        {
            await KeepRequestAsync(turnContext, user, cancellationToken).ConfigureAwait(false);
            await AskAsync(turnContext, user, cancellationToken).ConfigureAwait(false);
        }
        return ConsentGateOutcome.Handled;
    }

    /// <summary>
    /// The request the person made before agreeing, when it was made within <see cref="EarlierRequestWindow"/>; it is
    /// forgotten either way, so it is carried on once.
    /// </summary>
    public Task<string?> TakeEarlierRequestAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(CurrentUser.From(turnContext) is { } user ? earlier.Take(user.Person.PersonId) : null);

    /// <summary>A message the person's menu has a flow for is kept to be carried on once they agree.</summary>
    private Task KeepRequestAsync(ITurnContext turnContext, CurrentUser user, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MainDialog.MaxRequestLength || Conversations.TurnAnalysis.Get(turnContext) is not { } analysis
            || (ClearNewRequest.FlowOf(user.Actor.Role, analysis.Intent) is null && !Guardian.GuardianMenuDialog.AsksAttendance(turnContext, analysis.Intent))) return Task.CompletedTask;
        earlier.Keep(user.Person.PersonId, text);
        return Task.CompletedTask;
    }

    /// <summary>The separate question: short for a guardian (one phone screen), with 同意 / 不同意 buttons where the channel has them.</summary>
    public static Task AskAsync(ITurnContext turnContext, CurrentUser user, CancellationToken cancellationToken)
    {
        var t = RightsText.Strings;
        var text = t.Get(turnContext, user.Actor.Role == ActorRole.Guardian ? "ConsentAskGuardian" : "ConsentAskParent", TextVersion);
        return turnContext.SendActivityAsync(MessageFactory.SuggestedActions([t.Get(turnContext, "ConsentAgreeTitle"), t.Get(turnContext, "ConsentDeclineTitle")], text), cancellationToken);
    }

    /// <summary>Parents and guardians are asked; staff are not.</summary>
    public static bool Asks(CurrentUser user) => user.Actor.Role is ActorRole.Parent or ActorRole.Guardian;
}
