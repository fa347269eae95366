namespace LeftBehind.Bot.Voice;

public sealed class TencentVoiceOptions
{
    public string? SecretId { get; set; }
    public string? SecretKey { get; set; }
    public string? VoiceSdkAppid { get; set; }
    public string Region { get; set; } = "ap-guangzhou";
    public string Endpoint { get; set; } = "https://vms.tencentcloudapi.com";
}
