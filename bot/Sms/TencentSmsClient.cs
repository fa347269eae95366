using System.Text.Json;
using LeftBehind.Bot.Phone;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Sms;

/// <summary>Tencent Cloud SMS <c>SendSms</c> (API 2021-01-11), signed with TC3-HMAC-SHA256; the configured Endpoint is the only address called.</summary>
internal sealed class TencentSmsClient(HttpClient http, IOptions<SmsOptions> options, TimeProvider time) : ISmsClient
{
    public const string HttpClientName = "sms-tencent";

    private TencentSmsOptions O => options.Value.Tencent;

    public string Provider => "tencent";

    public string SignName => O.SignName ?? "";

    public async Task<SmsSendResult> SendAsync(SmsSendRequest request, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["PhoneNumberSet"] = new[] { request.Phone },
            ["SmsSdkAppId"] = O.SdkAppId!,
            ["SignName"] = O.SignName!,
            ["TemplateId"] = request.Template.TemplateId,
            ["TemplateParamSet"] = request.Values,
            ["SessionContext"] = request.Reference,
        });
        using var response = await TencentApi.PostAsync(http, O.Endpoint, "sms", "SendSms", "2021-01-11", O.Region, O.SecretId!, O.SecretKey!, body, time, cancellationToken).ConfigureAwait(false);
        var status = response.GetProperty("SendStatusSet")[0];
        var code = status.GetProperty("Code").GetString() ?? "";
        if (!code.Equals("Ok", StringComparison.OrdinalIgnoreCase)) throw new PhoneSendRejectedException(code, status.TryGetProperty("Message", out var m) ? m.GetString() ?? "" : "");
        int? fee = status.TryGetProperty("Fee", out var f) && f.TryGetInt32(out var n) ? n : null;
        return new SmsSendResult(status.TryGetProperty("SerialNo", out var s) ? s.GetString() : null, fee);
    }
}
