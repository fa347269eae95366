using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// SMS and voice as delivery targets: a phone number in E.164 (+86…), addressed like any conversation so the host's
/// adapter routes it to the SMS or voice provider. The roster's number needs no binding, so these targets carry fixed
/// negative binding ids in the outbox's delivered set.
/// </summary>
public static class PhoneAddress
{
    public const string SmsChannel = Channels.Sms;
    public const string VoiceChannel = "voice";
    public const int SmsBindingId = -1;
    public const int VoiceBindingId = -2;
    public const string SmsServiceUrl = "sms:";
    public const string VoiceServiceUrl = "voice:";

    /// <summary>+86 and 11 digits for a mainland mobile (spaces, dashes, 0086 or 86 accepted); other numbers keep their + form; null when not a number.</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var plus = raw.TrimStart().StartsWith('+');
        var digits = new string(raw.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("0086", StringComparison.Ordinal)) digits = digits[2..];
        if (digits.Length == 11 && digits[0] == '1') return "+86" + digits;
        if (digits.Length == 13 && digits.StartsWith("861", StringComparison.Ordinal)) return "+" + digits;
        return plus && digits.Length is >= 8 and <= 15 ? "+" + digits : null;
    }

    /// <summary>The national number without +86, as the providers' callbacks send it.</summary>
    public static string National(string e164) => e164.StartsWith("+86", StringComparison.Ordinal) ? e164[3..] : e164.TrimStart('+');

    public static ConversationReference Reference(string channelId, string phone) => new()
    {
        ChannelId = channelId,
        ServiceUrl = channelId == VoiceChannel ? VoiceServiceUrl : SmsServiceUrl,
        Conversation = new ConversationAccount { Id = $"{channelId}:{phone}" },
        User = new ChannelAccount { Id = phone },
        Bot = new ChannelAccount { Id = "bot" },
        Locale = "zh-CN",
    };
}
