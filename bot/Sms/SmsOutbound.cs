using LeftBehind.Bot.Adapter;
using LeftBehind.Bot.Phone;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Outbox;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Sms;

/// <summary>
/// Delivers activities of channel <c>sms</c> (replies in an SMS conversation and the outbox's proactive sends) as
/// approved templates. Each send is in the ledger before the provider is called, under the outbox key (a reply gets a
/// key of its own): a key already sent is not sent again, and a send whose answer was lost is not retried until the
/// receipt says it failed (or none came within <see cref="SmsOptions.ReceiptWaitMinutes"/>).
/// </summary>
internal sealed class SmsOutbound(ISmsClient client, ChannelSendLedger ledger, IOptions<SmsOptions> options, IOptions<DeliveryOptions> prices, ILogger<SmsOutbound> logger) : IChannelOutbound
{
    public bool Owns(string? channelId, string? serviceUrl) => channelId == PhoneAddress.SmsChannel;

    public async Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        var phone = PhoneAddress.Normalize(activity.Recipient?.Id) ?? throw new InvalidOperationException("an SMS activity needs the recipient's phone number");
        var key = PhoneText.OutboxKey(activity) ?? $"reply:{Guid.NewGuid():n}";
        var kind = PhoneText.Kind(key);
        var template = TemplateValues.Pick(options.Value.Templates, kind);
        var values = TemplateValues.For(template, activity);
        var parts = PhoneText.Parts(client.SignName, PhoneText.Full(activity));
        var urgent = kind.StartsWith("emergency", StringComparison.Ordinal);
        var entry = await ledger.BeginAsync(PhoneAddress.SmsChannel, key, PersonOf(key), phone, client.Provider, kind, urgent,
            TimeSpan.FromMinutes(options.Value.ReceiptWaitMinutes), cancellationToken).ConfigureAwait(false);
        if (entry.AlreadySent) return new ResourceResponse(entry.Reference);

        var cost = parts * prices.Value.PricePerSms;
        try
        {
            var result = await client.SendAsync(new SmsSendRequest(phone, template, values, entry.Reference), cancellationToken).ConfigureAwait(false);
            var billed = result.Parts ?? parts;
            await ledger.AcceptedAsync(entry.Id, result.ProviderId, billed, billed * prices.Value.PricePerSms, CancellationToken.None).ConfigureAwait(false);
            logger.LogInformation("SMS {Send} accepted by {Provider} ({Parts} parts, kind {Kind})", entry.Id, client.Provider, billed, kind);
            return new ResourceResponse(entry.Reference);
        }
        catch (PhoneOutcomeUnknownException ex)
        {
            await ledger.UnknownAsync(entry.Id, ex.Message, parts, cost, CancellationToken.None).ConfigureAwait(false);
            logger.LogWarning("SMS {Send}: outcome unknown ({Error}); waiting for the receipt, not resending", entry.Id, ex.Message);
            throw;
        }
        catch (PhoneSendRejectedException ex)
        {
            await ledger.FailedAsync(entry.Id, ex.Message, CancellationToken.None).ConfigureAwait(false);
            logger.LogWarning("SMS {Send} refused by {Provider}: {Code}", entry.Id, client.Provider, ex.Code);
            throw;
        }
        catch (HttpRequestException ex)
        {
            await ledger.FailedAsync(entry.Id, "not sent: " + ex.Message, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An answer we could not read: the provider may have taken it, so only its receipt may decide.
            await ledger.UnknownAsync(entry.Id, ex.GetType().Name + ": " + ex.Message, parts, cost, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private static int? PersonOf(string key) => key.Split('|') is [_, var id, _] && int.TryParse(id, out var p) ? p : null;
}
