using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LeftBehind.Archive.Services;
using LeftBehind.Bot.Adapter;
using LeftBehind.Bot.Hosting;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Bot.Sms;

/// <summary>
/// A guardian's SMS reply becomes a message activity of channel <c>sms</c> from their number and runs a normal turn
/// (1/2/3 after a reminder, 收到 after an alert, the numbered 请假 and call flows); the bot's answers go back by SMS.
/// A number on the roster is bound to its person on first contact (the roster is the school's record of it).
/// 退订/T records an opt-out (emergencies still go); 订阅 takes it back.
/// </summary>
internal sealed class SmsInbound(
    IPhoneRecords phones, IBindingService bindings, CloudAdapter adapter, SmsOutbound outbound, InFlightTurns inFlight, TimeProvider time, ILogger<SmsInbound> logger)
{
    public async Task HandleAsync(string provider, string? rawPhone, string? text, string? providerMessageId, CancellationToken cancellationToken)
    {
        var phone = PhoneAddress.Normalize(rawPhone);
        if (phone is null || string.IsNullOrWhiteSpace(text))
        {
            logger.LogWarning("SMS reply from {Provider} without a usable number or text ignored", provider);
            return;
        }
        var now = time.GetUtcNow();
        // "退订。", " td ", "T D!" from a feature phone: the keyword is its letters alone, so an opt-out is never missed
        // for a full stop or a space (and never answered as "没有这个选项" by the question that was waiting).
        var word = Keyword(text);
        if (Words("Sms_OptOutWords").Contains(word))
        {
            await OptOutAsync(phone, text.Trim(), provider, now, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (Words("Sms_OptInWords").Contains(word))
        {
            await OptInAsync(phone, now, cancellationToken).ConfigureAwait(false);
            return;
        }

        await EnsureRosterBindingAsync(phone, now, cancellationToken).ConfigureAwait(false);
        var reference = PhoneAddress.Reference(PhoneAddress.SmsChannel, phone);
        var activity = reference.GetContinuationActivity();
        activity.Type = ActivityTypes.Message;
        activity.Id = "sms-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{provider}|{phone}|{providerMessageId}|{text}")), 0, 12);
        activity.From = new ChannelAccount { Id = phone };
        activity.Recipient = new ChannelAccount { Id = "bot" };
        activity.Text = text.Trim();
        activity.Timestamp = now;
        activity.Locale = "zh-CN";
        await inFlight.Track(adapter.ProcessActivityAsync(activity, callerId: null, CancellationToken.None)).ConfigureAwait(false);
    }

    private static string Keyword(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    private static HashSet<string> Words(string name) =>
        HostText.Get(name, "zh-CN").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => w.ToUpperInvariant()).ToHashSet();

    private async Task OptOutAsync(string phone, string keyword, string provider, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await phones.OptOutAsync(phone, keyword, provider, now, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("SMS opt-out recorded");
        await ConfirmAsync(phone, "Sms_OptedOut", $"optout:{phone}:{now.ToUnixTimeMilliseconds()}", cancellationToken).ConfigureAwait(false);
    }

    private async Task OptInAsync(string phone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await phones.OptInAsync(phone, cancellationToken).ConfigureAwait(false);
        await ConfirmAsync(phone, "Sms_OptedIn", $"optin:{phone}:{now.ToUnixTimeMilliseconds()}", cancellationToken).ConfigureAwait(false);
    }

    private async Task ConfirmAsync(string phone, string textName, string key, CancellationToken cancellationToken)
    {
        var reference = PhoneAddress.Reference(PhoneAddress.SmsChannel, phone);
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = HostText.Get(textName, "zh-CN"),
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["outboxKey"] = key }),
        };
        reference.ApplyTo(reply);
        try
        {
            await outbound.DeliverAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The choice is recorded either way; only the confirmation text is lost.
            logger.LogWarning("SMS opt-out/in confirmation not sent: {Error}", ex.GetType().Name);
        }
    }

    /// <summary>Binds the number to the one roster person who has it (none or several: the bot asks for an invite code instead).</summary>
    private async Task EnsureRosterBindingAsync(string phone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await bindings.FindAsync(PhoneAddress.SmsChannel, phone, cancellationToken).ConfigureAwait(false) is not null) return;
        var candidates = (await phones.FindByPhoneDigitsAsync(PhoneAddress.National(phone), cancellationToken).ConfigureAwait(false))
            .Where(p => PhoneAddress.Normalize(p.Phone) == phone).ToList();
        if (candidates.Count != 1)
        {
            if (candidates.Count > 1) logger.LogWarning("SMS number matches {Count} roster people; not bound automatically", candidates.Count);
            return;
        }
        var person = candidates[0];
        var reference = JsonSerializer.Serialize(PhoneAddress.Reference(PhoneAddress.SmsChannel, phone), BotJson.Options);
        // False when a second reply raced this one and bound it first.
        if (await phones.BindRosterNumberAsync(person.PersonId, PhoneAddress.SmsChannel, phone, reference, now, cancellationToken).ConfigureAwait(false))
            logger.LogInformation("SMS number bound to roster person {Person}", person.PersonId);
    }
}
