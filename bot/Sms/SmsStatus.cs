namespace LeftBehind.Bot.Sms;

/// <summary>One message as the provider's status query reports it: its state, its id (Tencent SerialNo, Aliyun BizId when known) and the carrier's code on failure.</summary>
internal sealed record SmsStatus(SmsDeliveryState State, string? ProviderId = null, string? Error = null);
