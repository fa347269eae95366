namespace LeftBehind.Bot.Voice;

public sealed class AliyunVoiceOptions
{
    public string? AccessKeyId { get; set; }
    public string? AccessKeySecret { get; set; }
    /// <summary>The number shown to the callee; empty for the provider's public-mode numbers.</summary>
    public string? CalledShowNumber { get; set; }
    public string Endpoint { get; set; } = "https://dyvmsapi.aliyuncs.com";
}
