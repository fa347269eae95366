using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// The <c>WeChat</c> section: one 服务号 (service account). The channel is off unless Enabled is true and the account's
/// credentials are all set; <see cref="ApiBaseUrl"/> is the only address the service ever calls for WeChat.
/// </summary>
internal sealed class WeChatOptions
{
    public const string Section = "WeChat";

    public bool Enabled { get; set; }

    public string? AppId { get; set; }

    public string? AppSecret { get; set; }

    /// <summary>The Token set on the platform's server configuration page (signs every request WeChat sends us).</summary>
    public string? Token { get; set; }

    /// <summary>43 characters of base64 (the 32-byte AES key without its trailing '='); needed for compatible and safe mode.</summary>
    public string? EncodingAESKey { get; set; }

    /// <summary>The key before the last rotation: messages WeChat encrypted with it are still accepted.</summary>
    public string? PreviousEncodingAESKey { get; set; }

    [Url]
    public string ApiBaseUrl { get; set; } = "https://api.weixin.qq.com";

    /// <summary>Use <c>/cgi-bin/stable_token</c> (one token shared by every caller of the account); false uses <c>/cgi-bin/token</c>.</summary>
    public bool UseStableToken { get; set; } = true;

    /// <summary>The token is refreshed this long before WeChat says it expires.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The page a template message links to (opens the conversation, e.g. the account's Web Chat page).</summary>
    public string? ConversationUrl { get; set; }

    /// <summary>Customer-service messages one account may send a day (WeChat answers 45009 past it).</summary>
    [Range(1, int.MaxValue)]
    public int DailyCustomQuota { get; set; } = 500_000;

    /// <summary>Template messages a day (100,000 for a new 服务号; more with followers).</summary>
    [Range(1, int.MaxValue)]
    public int DailyTemplateQuota { get; set; } = 100_000;

    /// <summary>Share of each daily quota kept for emergencies: other notices stop at the rest and move to the next day.</summary>
    [Range(0.0, 0.9)]
    public double EmergencyReserve { get; set; } = 0.05;

    /// <summary>The zone whose midnight starts WeChat's quota day.</summary>
    public string QuotaTimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Templates by notice kind (MonthlyLetter, CallReminder, AbsenceAlert, TeacherAnswer, Emergency, Notice).</summary>
    public Dictionary<string, WeChatTemplateOptions> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Inbound messages larger than this are refused (WeChat's own are a few KB).</summary>
    [Range(1024, 1_048_576)]
    public int MaxInboundBytes { get; set; } = 64 * 1024;

    public bool IsConfigured =>
        Enabled && !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppSecret) && !string.IsNullOrWhiteSpace(Token);
}
