using System.ComponentModel.DataAnnotations;
using LeftBehind.Bot.Phone;

namespace LeftBehind.Bot.Sms;

/// <summary>Section <c>Sms</c>: which provider, its credentials and endpoint, the approved templates per kind of message.</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    public PhoneProvider Provider { get; set; } = PhoneProvider.None;

    public TencentSmsOptions Tencent { get; set; } = new();

    public AliyunSmsOptions Aliyun { get; set; } = new();

    /// <summary><c>Sms:Templates:&lt;Kind&gt;</c> (kinds: the outbox job or key prefix, e.g. monthly-letter, emergency, Reply); <c>Default</c> for the rest.</summary>
    public Dictionary<string, ProviderTemplate> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public CallbackOptions Callbacks { get; set; } = new();

    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How long a send with a lost answer waits for its receipt before the status query's "no record of it" lets it go again.</summary>
    [Range(1, 4320)]
    public int ReceiptWaitMinutes { get; set; } = 60;

    /// <summary>How often the provider's status query is asked about a send whose answer was lost.</summary>
    [Range(1, 240)]
    public int StatusQueryMinutes { get; set; } = 5;
}
