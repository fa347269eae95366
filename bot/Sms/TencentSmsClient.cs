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

    /// <summary>
    /// <c>PullSmsSendStatusByPhoneNumber</c> (2021-01-11) from a minute before the send until now. Tencent lists only
    /// messages with a handset report, so "not found" means not taken only once the receipt wait is over.
    /// </summary>
    public async Task<SmsStatus> QueryAsync(SmsStatusQuery query, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["BeginTime"] = query.SentAt.AddMinutes(-1).ToUnixTimeSeconds(),
            ["Offset"] = 0,
            ["Limit"] = 100,
            ["PhoneNumber"] = query.Phone,
            ["SmsSdkAppId"] = O.SdkAppId!,
            ["EndTime"] = time.GetUtcNow().AddMinutes(1).ToUnixTimeSeconds(),
        });
        using var response = await TencentApi.PostAsync(http, O.Endpoint, "sms", "PullSmsSendStatusByPhoneNumber", "2021-01-11", O.Region, O.SecretId!, O.SecretKey!, body, time, cancellationToken)
            .ConfigureAwait(false);
        if (!response.Root.TryGetProperty("PullSmsSendStatusSet", out var set) || set.ValueKind != JsonValueKind.Array) return new SmsStatus(SmsDeliveryState.NotFound);
        foreach (var report in set.EnumerateArray())
        {
            var session = report.TryGetProperty("SessionContext", out var sc) ? sc.GetString() : null;
            var serial = report.TryGetProperty("SerialNo", out var sn) ? sn.GetString() : null;
            if (session != query.Reference && (string.IsNullOrEmpty(query.ProviderId) || serial != query.ProviderId)) continue;
            var delivered = report.TryGetProperty("ReportStatus", out var rs) && rs.GetString() == "SUCCESS";
            return new SmsStatus(delivered ? SmsDeliveryState.Delivered : SmsDeliveryState.Failed, serial,
                delivered ? null : report.TryGetProperty("Description", out var d) ? d.GetString() : "FAIL");
        }
        return new SmsStatus(SmsDeliveryState.NotFound);
    }
}
