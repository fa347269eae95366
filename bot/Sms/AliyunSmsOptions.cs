namespace LeftBehind.Bot.Sms;

public sealed class AliyunSmsOptions
{
    public string? AccessKeyId { get; set; }
    public string? AccessKeySecret { get; set; }
    public string? SignName { get; set; }
    public string Endpoint { get; set; } = "https://dysmsapi.aliyuncs.com";
}
