using LeftBehind.Archive.Model;
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
/// key of its own): a key already sent is not sent again, and a send whose answer was lost is settled by the receipt or
/// by the provider's status query; it goes again only when the query shows it failed, or has no record of it once
/// <see cref="SmsOptions.ReceiptWaitMinutes"/> have passed.
/// </summary>
internal sealed class SmsOutbound(
    ISmsClient client, ChannelSendLedger ledger, SmsRefusedReplies refusedReplies, IOptions<SmsOptions> options, IOptions<DeliveryOptions> prices, TimeProvider time, ILogger<SmsOutbound> logger)
    : IChannelOutbound
{
    public bool Owns(string? channelId, string? serviceUrl) => channelId == PhoneAddress.SmsChannel;

    public async Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        // A typing indicator (a slow turn sends one every few seconds) or any other non-message has nothing to say by
        // SMS: sent, it was an empty, paid SMS on the guardian's phone.
        if (activity.Type != ActivityTypes.Message) return new ResourceResponse(null);
        var phone = PhoneAddress.Normalize(activity.Recipient?.Id) ?? throw new InvalidOperationException("an SMS activity needs the recipient's phone number");
        var outboxKey = PhoneText.OutboxKey(activity);
        var key = outboxKey ?? ReplyKey(activity);
        var kind = PhoneText.Kind(key);
        var template = TemplateValues.Pick(options.Value.Templates, kind);
        var urgent = kind.StartsWith("emergency", StringComparison.Ordinal);
        // Values that pass the template's variable rules; a text too long for its variable goes as several SMS in order,
        // each under a key of its own (the first under the outbox key), so a retry resends only what did not go.
        var pieces = TemplateFit.Fit(template, TemplateValues.For(template, activity));
        ResourceResponse? first = null;
        try
        {
            for (var i = 0; i < pieces.Count; i++)
            {
                var response = await SendAsync(phone, i == 0 ? key : $"{key}#{i + 1}", kind, template, pieces[i], urgent, outboxKey is not null, cancellationToken).ConfigureAwait(false);
                first ??= response;
            }
        }
        catch (PhoneSendRejectedException ex) when (outboxKey is null && !urgent && SmsDailyLimit.IsRefusal(ex.Message))
        {
            // Our answer to what he just texted, refused for the rest of the provider's day: it waits in the outbox for
            // the first channel that reaches him, saying that his text was received and this answer did not go.
            await refusedReplies.KeepAsync(activity, phone, cancellationToken).ConfigureAwait(false);
            return new ResourceResponse(null);
        }
        return first!;
    }

    private async Task<ResourceResponse> SendAsync(string phone, string key, string kind, ProviderTemplate template, IReadOnlyList<string> values, bool urgent, bool outboxRow, CancellationToken cancellationToken)
    {
        var parts = PhoneText.Parts(client.SignName, string.Join('\n', values));
        var entry = await ledger.BeginAsync(PhoneAddress.SmsChannel, key, PersonOf(key), phone, client.Provider, kind, urgent,
            TimeSpan.FromMinutes(options.Value.ReceiptWaitMinutes), cancellationToken).ConfigureAwait(false);
        if (entry.AlreadySent) return new ResourceResponse(entry.Reference);
        if (entry.Pending is { } pending)
        {
            entry = await DecidePendingAsync(entry, pending, phone, cancellationToken).ConfigureAwait(false);
            if (entry.AlreadySent) return new ResourceResponse(entry.Reference);
        }

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
            // The number's share for the provider's day is used up: every retry before Beijing midnight is refused too,
            // and eight of them made the message dead unseen. An outbox row waits for the provider's next day instead
            // (an emergency keeps its retries and its voice call; a reply in the conversation has no row to wait in).
            if (!urgent && outboxRow && SmsDailyLimit.IsRefusal(ex.Message))
                throw new DeliveryDeferredException(SmsDailyLimit.DayStart(time.GetUtcNow()).AddDays(1), OutboxJobs.HeldPrefix + "the SMS provider's daily limit for this number (" + ex.Code + ")")
                {
                    RecipientSmsFullToday = true,
                };
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

    /// <summary>An earlier attempt's answer was lost: the provider's status query says whether it went.</summary>
    private async Task<LedgerEntry> DecidePendingAsync(LedgerEntry entry, PendingSend pending, string phone, CancellationToken cancellationToken)
    {
        SmsStatus status;
        try
        {
            status = await client.QueryAsync(new SmsStatusQuery(phone, entry.Reference, pending.ProviderId, pending.AttemptedAt), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PhoneOutcomeUnknownException or PhoneSendRejectedException or HttpRequestException)
        {
            logger.LogWarning("SMS {Send}: the status query failed ({Error}); asking again later", entry.Id, ex.Message);
            throw Later("the provider's status query failed");
        }
        switch (status.State)
        {
            case SmsDeliveryState.Delivered or SmsDeliveryState.Accepted:
                await ledger.SettleAsync(PhoneAddress.SmsChannel, client.Provider, entry.Reference, status.ProviderId, phone,
                    status.State == SmsDeliveryState.Delivered ? ChannelSendStatus.Delivered : ChannelSendStatus.Accepted, null, CancellationToken.None).ConfigureAwait(false);
                logger.LogInformation("SMS {Send}: the status query shows it went ({State}); not sent again", entry.Id, status.State);
                return entry with { AlreadySent = true, Pending = null };
            case SmsDeliveryState.Failed:
                await ledger.SettleAsync(PhoneAddress.SmsChannel, client.Provider, entry.Reference, status.ProviderId, phone, ChannelSendStatus.Failed,
                    "status query: " + status.Error, CancellationToken.None).ConfigureAwait(false);
                throw new PhoneSendRejectedException(status.Error ?? "FAIL", "the provider's status query reports it failed");
            default:
                if (!pending.WaitOver) throw Later("the provider has no report of it yet");
                logger.LogWarning("SMS {Send}: the provider has no record of the earlier attempt; sending it now", entry.Id);
                return await ledger.RestartAsync(entry, "the provider's status query had no record of the earlier attempt; sent again", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The row waits (no attempt counted) and asks the provider again after <see cref="SmsOptions.StatusQueryMinutes"/>.</summary>
    private DeliveryDeferredException Later(string reason) =>
        new(time.GetUtcNow().AddMinutes(options.Value.StatusQueryMinutes), "outcome unknown: " + reason);

    /// <summary>
    /// An answer in the conversation: keyed by the text it answers and its own words, so the provider's retried callback
    /// (a replayed turn) finds it already sent instead of paying for it twice on the guardian's phone.
    /// </summary>
    private static string ReplyKey(Activity activity) => activity.ReplyToId is { Length: > 0 } answered
        ? $"reply:{answered}:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(activity.Text ?? string.Empty)), 0, 8)}"
        : $"reply:{Guid.NewGuid():n}";

    private static int? PersonOf(string key) => key.Split('|') is [_, var id, _] && int.TryParse(id, out var p) ? p : null;
}
