namespace LeftBehind.Bot.Sms;

public sealed class TencentSmsOptions
{
    public string? SecretId { get; set; }
    public string? SecretKey { get; set; }
    public string? SdkAppId { get; set; }
    public string? SignName { get; set; }
    public string Region { get; set; } = "ap-guangzhou";
    public string Endpoint { get; set; } = "https://sms.tencentcloudapi.com";
}
