using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// "收到" acknowledges an emergency alert whatever the person's role and whatever dialog they are in — parents
/// included, whose menu knows nothing of emergencies. Runs before the bot; looks the person up only when the
/// message is an acknowledgement word, and ends the turn when it acknowledged something. A bare "1" is never an
/// acknowledgement: it is a menu item.
/// </summary>
internal sealed class EmergencyAcknowledgementMiddleware(IBindingService bindings, IPreferenceService preferences, EmergencyAcknowledger acknowledger, KernelAccessors kernel) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message && EmergencyAcknowledger.IsAcknowledgement(activity.Text)
            && activity.ChannelId is { Length: > 0 } channel && activity.From?.Id is { Length: > 0 } userId)
        {
            if (CurrentUser.From(turnContext) is null && await bindings.FindAsync(channel, userId, cancellationToken).ConfigureAwait(false) is { } person)
                new CurrentUser(person, await preferences.GetAsync(person.PersonId, cancellationToken).ConfigureAwait(false)).AttachTo(turnContext);
            // A soft word (好, 嗯) while a flow's question waits is that question's answer: the role menus decide with their
            // own stack, the middleware only when no dialog is running at all.
            var questionWaiting = EmergencyAcknowledger.IsSoftAcknowledgement(activity.Text)
                && (await kernel.DialogState.GetAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false))?.DialogStack.Count > 0;
            if (await acknowledger.TryAcknowledgeAsync(turnContext, cancellationToken, questionWaiting).ConfigureAwait(false)) return;
        }
        await next(cancellationToken).ConfigureAwait(false);
    }
}
