using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Scheduler.Configuration;

/// <summary>
/// Section <c>Delivery</c>: prices for the school's cost figures and the per-number SMS limit. Whether SMS and voice
/// exist at all comes from <c>Sms:Provider</c> and <c>Voice:Provider</c> (<c>None</c> switches a channel off).
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Estimated price of one SMS part (70 characters, or 67 in a long message).</summary>
    [Range(0, 100)]
    public decimal PricePerSms { get; set; } = 0.045m;

    /// <summary>Estimated price of one notification call.</summary>
    [Range(0, 100)]
    public decimal PricePerCall { get; set; } = 0.1m;

    /// <summary>Non-urgent SMS per number per local day; more are held to the next day (providers cap this too).</summary>
    [Range(1, 1000)]
    public int SmsDailyCapPerNumber { get; set; } = 8;

    /// <summary>Several plain notices due at once for one number go out as one SMS.</summary>
    public bool MergeSms { get; set; } = true;

    public bool SmsEnabled { get; set; }

    public bool VoiceEnabled { get; set; }
}
