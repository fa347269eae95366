using LeftBehind.Bot.Phone;

namespace LeftBehind.Bot.Sms;

/// <summary>One templated SMS to one number; <paramref name="Reference"/> travels as SessionContext (Tencent) / OutId (Aliyun).</summary>
internal sealed record SmsSendRequest(string Phone, ProviderTemplate Template, IReadOnlyList<string> Values, string Reference);
