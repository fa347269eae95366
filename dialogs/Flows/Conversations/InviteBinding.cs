using LeftBehind.Dialogs.Notifications;
using LeftBehind.Archive.Binding;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Rights;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// What an unbound user can do: bind with an invite code (found anywhere in the message), ask for help, or be told
/// how to get a code. Nothing about any child is said before binding.
/// </summary>
internal sealed class InviteBinding(IBindingService bindings, IPreferenceService preferences, TurnPreparation preparation, IEnumerable<IBindingListener> listeners, IPersonRights rights, IProactiveMessenger messenger, Microsoft.Extensions.Options.IOptions<LeftBehind.Archive.ArchiveOptions> archiveOptions)
{
    /// <summary>The version of the notice staff accept when binding (parents and guardians answer <see cref="ConsentGate"/>).</summary>
    public const string ConsentVersion = "2026-11";

    /// <summary>Handles one message of an unbound user; returns the person when this message bound them.</summary>
    public async Task<CurrentUser?> HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var t = ConversationText.Strings;
        var activity = turnContext.Activity;
        var text = activity.Text;
        var analysis = TurnAnalysis.Get(turnContext);
        if (string.IsNullOrWhiteSpace(text))
        {
            await turnContext.SendActivityAsync(t.Get(turnContext, activity.Attachments is { Count: > 0 } ? "BindNonText" : "BindAskCode"), cancellationToken).ConfigureAwait(false);
            return null;
        }
        // A code typed on a full-width keyboard (ＭＭ６ＷＰＡ) is the same code.
        var code = TextNormalizer.IsTooLong(text) ? null : InviteCodes.TryExtract(TextNormalizer.ForRecognition(text));
        if (code is null)
        {
            var key = analysis?.Urgent == true ? "UrgentUnbound"
                : InterruptionRecognizer.Recognize(text) == Interruption.Help || analysis?.Intent == Intents.Help ? "BindHelp"
                : NewPhoneRequest.Matches(text) ? "BindNewPhone"
                : "BindAskCode";
            await turnContext.SendActivityAsync(t.Get(turnContext, key), cancellationToken).ConfigureAwait(false);
            return null;
        }

        var reference = TurnPreparation.ReferenceJson(activity);
        var throttleKey = activity.ChannelId + ":" + (activity.Conversation?.Id ?? activity.From?.Id);
        // Consent is not implied by the code: a parent or guardian is asked separately once bound (Rights.ConsentGate).
        var result = await bindings.RedeemAsync(code, activity.ChannelId!, activity.From!.Id!, reference, throttleKey, ConsentGiven.AskedSeparately, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case RedeemOutcome.Bound when result.Person is { } person:
                var user = new CurrentUser(person, await preferences.GetAsync(person.PersonId, cancellationToken).ConfigureAwait(false));
                user.AttachTo(turnContext);
                await preparation.MarkReferenceStoredAsync(turnContext, reference, cancellationToken).ConfigureAwait(false);
                await turnContext.SendActivityAsync(t.Get(turnContext, "Bound", person.Name, RoleName(turnContext, person.Role)), cancellationToken).ConfigureAwait(false);
                await TellOtherAddressesAsync(turnContext, user, cancellationToken).ConfigureAwait(false);
                if (ConsentGate.Asks(user))
                {
                    if (!(await rights.GetConsentAsync(person.PersonId, cancellationToken).ConfigureAwait(false)).Given)
                    {
                        // Nothing about a child before the separate answer: no menu, and the mailbox waits for 同意.
                        await ConsentGate.AskAsync(turnContext, user, cancellationToken).ConfigureAwait(false);
                        return null;
                    }
                }
                else
                {
                    await rights.GiveConsentAsync(person.PersonId, new ConsentGiven(t.Get(Locales.Default, "ConsentPurpose"), ConsentVersion), cancellationToken).ConfigureAwait(false);
                }
                // What waited in their mailbox (a letter, an alert) is released now that they can be reached, after
                // "绑定成功" and the menu so it does not arrive before them.
                foreach (var listener in listeners) KernelTurnState.AfterReplies(turnContext, ct => listener.OnBoundAsync(person.PersonId, ct));
                return user;
            case RedeemOutcome.Throttled:
                var zone = KernelTurnState.GetTimeZone(turnContext);
                var until = result.RetryAfter is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "--:--";
                await turnContext.SendActivityAsync(t.Get(turnContext, "BindThrottled", until), cancellationToken).ConfigureAwait(false);
                return null;
            default:
                await TellSchoolOfBurstAsync(turnContext, result, cancellationToken).ConfigureAwait(false);
                var message = result.Outcome switch
                {
                    RedeemOutcome.Expired => "BindExpired",
                    RedeemOutcome.AlreadyUsed => "BindAlreadyUsed",
                    RedeemOutcome.Replaced => "BindReplaced",
                    _ => "BindWrongCode",
                };
                // A teacher's own code: the head teacher is not who she asks (she may be the head teacher).
                if (result.StaffCode && result.Outcome is RedeemOutcome.Expired or RedeemOutcome.AlreadyUsed or RedeemOutcome.Replaced) message += "Staff";
                await turnContext.SendActivityAsync(t.Get(turnContext, message, code), cancellationToken).ConfigureAwait(false);
                return null;
        }
    }

    /// <summary>
    /// A new device bound with a fresh school code: the person's other addresses hear of it at once, so a binding they did
    /// not make does not go unnoticed (issue #14). A dead old address must not undo the binding.
    /// </summary>
    private async Task TellOtherAddressesAsync(ITurnContext turnContext, CurrentUser user, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var text = ConversationText.Strings.Get(user.Preferences.Locale, "BoundElsewhere");
        foreach (var address in await bindings.GetAddressesAsync(user.Person.PersonId, cancellationToken).ConfigureAwait(false))
        {
            if (address.ChannelId == activity.ChannelId && address.ChannelUserId == activity.From?.Id) continue;
            try
            {
                var reference = System.Text.Json.JsonSerializer.Deserialize<ConversationReference>(address.ConversationReferenceJson, BotJson.Options);
                if (reference?.Conversation?.Id is null) continue;
                await turnContext.Adapter.ContinueConversationAsync(reference, (ctx, ct) => ctx.SendActivityAsync(text, ct), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The old device is gone or its channel refused; the new binding stands and the school can still tell them.
            }
        }
    }

    /// <summary>
    /// Issue #14: a burst of wrong codes is told to the head teachers whose families hold live codes — the people
    /// parents will call when binding is refused. Once per burst (the key), in each teacher's language.
    /// </summary>
    private async Task TellSchoolOfBurstAsync(ITurnContext turnContext, RedeemResult result, CancellationToken ct)
    {
        if (result.BurstRecipients is not { Count: > 0 } staff) return;
        var at = KernelTurnState.GetTimeProvider(turnContext).GetUtcNow().ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var count = archiveOptions.Value.InviteFailureBurstPerHour;
        foreach (var teacher in staff)
        {
            await messenger.SendAsync(teacher, FamilyNotifications.InviteBurst(teacher, at, count), ct).ConfigureAwait(false);
        }
    }

    public static string RoleName(ITurnContext turnContext, ActorRole role) => ConversationText.Strings.Get(turnContext, "Role" + role);
}
