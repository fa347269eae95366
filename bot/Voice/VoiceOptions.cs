using System.ComponentModel.DataAnnotations;
using LeftBehind.Bot.Phone;

namespace LeftBehind.Bot.Voice;

/// <summary>Section <c>Voice</c>: the text-to-speech notification call provider, its templates, and how often the text is played.</summary>
public sealed class VoiceOptions
{
    public const string Section = "Voice";

    public PhoneProvider Provider { get; set; } = PhoneProvider.None;

    public TencentVoiceOptions Tencent { get; set; } = new();

    public AliyunVoiceOptions Aliyun { get; set; } = new();

    /// <summary><c>Voice:Templates:&lt;Kind&gt;</c> (TTS template id and parameter names); <c>Default</c> for the rest.</summary>
    public Dictionary<string, ProviderTemplate> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public CallbackOptions Callbacks { get; set; } = new();

    /// <summary>Played twice: an elderly listener often misses the start.</summary>
    [Range(1, 3)]
    public int PlayTimes { get; set; } = 2;

    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;

    [Range(1, 4320)]
    public int ResultWaitMinutes { get; set; } = 30;
}
