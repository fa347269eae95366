using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>
/// Bot Builder's ActivityHandler: routes a turn by activity type. Invoke turns leave their
/// <see cref="InvokeResponse"/> in <c>TurnState[<see cref="InvokeResponseKey"/>]</c>, where the host reads it.
/// </summary>
public class ActivityHandler : IBot
{
    /// <summary>The TurnState key of an invoke turn's answer (Bot Builder's name).</summary>
    public const string InvokeResponseKey = "BotFrameworkAdapter.InvokeResponse";

    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Event => OnEventActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => RunInvokeAsync(turnContext, cancellationToken),
            ActivityTypes.MessageReaction => OnMessageReactionActivityAsync(turnContext, cancellationToken),
            ActivityTypes.EndOfConversation => OnEndOfConversationActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Typing => OnTypingActivityAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
            _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
        };

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Calls OnMembersAdded/RemovedAsync when someone other than the bot joined or left.</summary>
    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var a = turnContext.Activity;
        var botId = a.Recipient?.Id;
        if (a.MembersAdded is { Count: > 0 } added && added.Any(m => m.Id != botId))
            await OnMembersAddedAsync(added.Where(m => m.Id != botId).ToList(), turnContext, cancellationToken).ConfigureAwait(false);
        if (a.MembersRemoved is { Count: > 0 } removed && removed.Any(m => m.Id != botId))
            await OnMembersRemovedAsync(removed.Where(m => m.Id != botId).ToList(), turnContext, cancellationToken).ConfigureAwait(false);
    }

    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Answers an invoke; the default is 501 Not Implemented, as in Bot Builder.</summary>
    protected virtual Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse(501));

    protected virtual Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RunInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var response = await OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
        turnContext.TurnState[InvokeResponseKey] = response;
    }
}
