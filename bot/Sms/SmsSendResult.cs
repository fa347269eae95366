namespace LeftBehind.Bot.Sms;

/// <summary>The provider took the message: its id (Tencent SerialNo, Aliyun BizId) and the billed parts when it says.</summary>
internal sealed record SmsSendResult(string? ProviderId, int? Parts);
