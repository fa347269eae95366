using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// The bot: every turn learns who is writing and in which language (<see cref="TurnPreparation"/>), greets new
/// members with who we are, the consent text and the request for an invite code, and hands messages to
/// <see cref="MainDialog"/>.
/// </summary>
internal sealed class LeftBehindBot(TurnRunner runner, KernelAccessors accessors, RootDialog rootDialog, TurnPreparation preparation, Rights.MyInformation myInformation, Rights.ConsentGate consent, WelcomeBackSummary welcomeBack)
    : DialogBot(runner, accessors, rootDialog)
{
    /// <summary>Our texts are laid out with line breaks, not Markdown: Web Chat must not reflow them.</summary>
    public const string TextFormat = "plain";

    /// <summary>The key that shows the menu from anywhere.</summary>
    private const string MenuKey = "0";

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        turnContext.OnSendActivities((_, activities, next) =>
        {
            foreach (var a in activities) a.TextFormat ??= TextFormat;
            return next();
        });
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Each run of the turn (a state conflict or another instance may run it again) files its rows under the activity's id.
        var activity = turnContext.Activity;
        using var writes = TurnWrites.Begin(activity.ChannelId, activity.Conversation?.Id, activity.Id);
        await preparation.PrepareAsync(turnContext, turnContext.Activity.From?.Id, cancellationToken).ConfigureAwait(false);
        // 「我的信息」 and the separate consent (issue #14, item 5) come before any dialog can show a child's data.
        if (await myInformation.HandleAsync(turnContext, cancellationToken).ConfigureAwait(false)) return;
        switch (await consent.HandleAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            case Rights.ConsentGateOutcome.Handled:
                return;
            case Rights.ConsentGateOutcome.AgreedShowMenu:
                // "同意" has been answered; the rest of the turn is what they asked before agreeing ("小明今天到校了吗"),
                // read as if sent now, or else the menu, exactly as if they had sent the menu key. The dialogs read a
                // copy: the incoming activity keeps "同意" for the middleware and a re-run of the turn.
                var earlier = await consent.TakeEarlierRequestAsync(turnContext, cancellationToken).ConfigureAwait(false);
                var carried = new RetextedTurnContext(turnContext, earlier ?? MenuKey);
                if (earlier is not null) await preparation.AnalyzeAsync(carried, cancellationToken).ConfigureAwait(false);
                await RunRootDialogAsync(carried, cancellationToken).ConfigureAwait(false);
                return;
        }
        await RunRootDialogAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Some channels send the join with the bot as sender; the member who joined is the user to greet.
        var userId = turnContext.Activity.From?.Id is { Length: > 0 } from && from != turnContext.Activity.Recipient?.Id ? from : membersAdded[0].Id;
        await preparation.PrepareAsync(turnContext, userId, cancellationToken).ConfigureAwait(false);
        var t = ConversationText.Strings;
        if (CurrentUser.From(turnContext) is { } user)
        {
            await turnContext.SendActivityAsync(await welcomeBack.ComposeAsync(turnContext, user, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return;
        }
        await turnContext.SendActivitiesAsync(
        [
            MessageFactory.Text(t.Get(turnContext, "Welcome")),
            MessageFactory.Text(Rights.RightsText.Strings.Get(turnContext, "WelcomeNotice")),
            MessageFactory.Text(t.Get(turnContext, "BindAskCode")),
        ], cancellationToken).ConfigureAwait(false);
    }
}
