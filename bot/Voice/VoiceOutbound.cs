using LeftBehind.Bot.Adapter;
using LeftBehind.Bot.Phone;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Outbox;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Voice;

/// <summary>
/// Delivers activities of channel <c>voice</c> as a text-to-speech call, played <see cref="VoiceOptions.PlayTimes"/> times.
/// "Delivered" here means the call was placed; whether it was answered, not answered or busy comes with the provider's
/// result callback and is recorded in the ledger. One call per key, never redialled after a lost answer.
/// </summary>
internal sealed class VoiceOutbound(IVoiceClient client, ChannelSendLedger ledger, IOptions<VoiceOptions> options, IOptions<DeliveryOptions> prices, TimeProvider time, ILogger<VoiceOutbound> logger)
    : IChannelOutbound
{
    public bool Owns(string? channelId, string? serviceUrl) => channelId == PhoneAddress.VoiceChannel;

    public async Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        // A typing indicator or any other non-message is not a call to place.
        if (activity.Type != ActivityTypes.Message) return new ResourceResponse(null);
        var phone = PhoneAddress.Normalize(activity.Recipient?.Id) ?? throw new InvalidOperationException("a voice activity needs the recipient's phone number");
        var key = PhoneText.OutboxKey(activity) ?? $"reply:{Guid.NewGuid():n}";
        var kind = PhoneText.Kind(key);
        var template = TemplateValues.Pick(options.Value.Templates, kind);
        var entry = await ledger.BeginAsync(PhoneAddress.VoiceChannel, key, key.Split('|') is [_, var id, _] && int.TryParse(id, out var p) ? p : null,
            phone, client.Provider, kind, urgent: true, TimeSpan.FromMinutes(options.Value.ResultWaitMinutes), cancellationToken).ConfigureAwait(false);
        if (entry.AlreadySent) return new ResourceResponse(entry.Reference);
        if (entry.Pending is { } pending)
        {
            // A call whose answer was lost has no call id to query by (both providers query calls by their own id):
            // its result callback decides. Only when none came within the wait is the call placed again, since for an
            // emergency a second call is better than none.
            if (!pending.WaitOver) throw new DeliveryDeferredException(
                Max(pending.AttemptedAt.AddMinutes(options.Value.ResultWaitMinutes), time.GetUtcNow().AddMinutes(1)), "outcome unknown: waiting for the call result");
            logger.LogWarning("Call {Send}: no result within the wait; calling again", entry.Id);
            entry = await ledger.RestartAsync(entry, "no call result within the wait; called again", cancellationToken).ConfigureAwait(false);
        }
        try
        {
            var callId = await client.CallAsync(new VoiceCallRequest(phone, template, TemplateFit.FitOne(template, TemplateValues.For(template, activity)), options.Value.PlayTimes, entry.Reference), cancellationToken).ConfigureAwait(false);
            await ledger.AcceptedAsync(entry.Id, callId, 1, prices.Value.PricePerCall, CancellationToken.None).ConfigureAwait(false);
            logger.LogInformation("Call {Send} placed by {Provider} (kind {Kind})", entry.Id, client.Provider, kind);
            return new ResourceResponse(entry.Reference);
        }
        catch (PhoneOutcomeUnknownException ex)
        {
            await ledger.UnknownAsync(entry.Id, ex.Message, 1, prices.Value.PricePerCall, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex) when (ex is PhoneSendRejectedException or HttpRequestException)
        {
            await ledger.FailedAsync(entry.Id, ex.Message, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An answer we could not read: the call may have been placed, so only the result callback may decide.
            await ledger.UnknownAsync(entry.Id, ex.GetType().Name + ": " + ex.Message, 1, prices.Value.PricePerCall, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
