using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LeftBehind.Archive.Services;
using LeftBehind.Bot.Hosting;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Bot.Sms;

/// <summary>
/// Our answer to what a person just texted was refused by the SMS provider's daily limit for their number. It has no
/// outbox row to wait in, so it gets one: one short sentence saying his text was received and this answer did not go,
/// with the answer, for the first channel that reaches him (the provider's next day for a phone-only guardian; the
/// outbox tells the head teacher to phone him meanwhile). He is never left believing an answer he never saw.
/// </summary>
internal sealed class SmsRefusedReplies(IBindingService bindings, IOutbox outbox, TimeProvider time, ILogger<SmsRefusedReplies> logger)
{
    private static readonly TimeZoneInfo Zone = SmsDailyLimit.ProviderZone;

    public async Task KeepAsync(Activity reply, string phone, CancellationToken cancellationToken)
    {
        if (await bindings.FindAsync(PhoneAddress.SmsChannel, phone, cancellationToken).ConfigureAwait(false) is not { } person)
        {
            logger.LogWarning("An SMS answer refused by the provider's daily limit went to a number bound to nobody; it is lost");
            return;
        }
        var locale = reply.Locale ?? "zh-CN";
        var at = TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).ToString(HostText.Get("Sms_ReplyHeldTime", locale), CultureInfo.InvariantCulture);
        var text = string.Format(CultureInfo.InvariantCulture, HostText.Get("Sms_ReplyHeld", locale), at, (reply.Text ?? string.Empty).Trim());
        // The same answer of the same turn (a replayed turn, a second refusal) is kept once.
        var key = "sms-reply:" + (reply.ReplyToId ?? "none") + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reply.Text ?? string.Empty)), 0, 6);
        await outbox.EnqueueAsync(person.PersonId, new OutboxMessage(text), key, cancellationToken: cancellationToken).ConfigureAwait(false);
        logger.LogInformation("SMS answer to person {Person} refused by the provider's daily limit; kept in the outbox for the next channel that reaches them", person.PersonId);
    }
}
