using System.Text.Json;
using LeftBehind.Bot.Phone;
using LeftBehind.Scheduler.Outbox;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Sms;

/// <summary>Aliyun SMS <c>SendSms</c> (2017-05-25), RPC signature with HMAC-SHA1; named template parameters as JSON.</summary>
internal sealed class AliyunSmsClient(HttpClient http, IOptions<SmsOptions> options, TimeProvider time) : ISmsClient
{
    public const string HttpClientName = "sms-aliyun";

    private AliyunSmsOptions O => options.Value.Aliyun;

    public string Provider => "aliyun";

    public string SignName => O.SignName ?? "";

    public async Task<SmsSendResult> SendAsync(SmsSendRequest request, CancellationToken cancellationToken)
    {
        var named = new Dictionary<string, string>();
        var names = request.Template.ParameterNames();
        for (var i = 0; i < names.Count; i++) named[names[i]] = i < request.Values.Count ? request.Values[i] : "";
        var parameters = new Dictionary<string, string>
        {
            ["PhoneNumbers"] = PhoneAddress.National(request.Phone),
            ["SignName"] = O.SignName!,
            ["TemplateCode"] = request.Template.TemplateId,
            ["TemplateParam"] = JsonSerializer.Serialize(named),
            ["OutId"] = request.Reference,
        };
        using var response = await AliyunApi.PostAsync(http, O.Endpoint, "SendSms", "2017-05-25", O.AccessKeyId!, O.AccessKeySecret!, parameters, time, cancellationToken).ConfigureAwait(false);
        return new SmsSendResult(response.Root.TryGetProperty("BizId", out var b) ? b.GetString() : null, null);
    }

    /// <summary>
    /// <c>QuerySendDetails</c> (2017-05-25) for the number on the send's Beijing date, matched by our OutId. Aliyun lists a
    /// message as soon as it is taken (SendStatus 1 waiting, 2 failed, 3 delivered), so "not found" means it never arrived.
    /// </summary>
    public async Task<SmsStatus> QueryAsync(SmsStatusQuery query, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string>
        {
            ["PhoneNumber"] = PhoneAddress.National(query.Phone),
            ["SendDate"] = query.SentAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            ["PageSize"] = "50",
            ["CurrentPage"] = "1",
        };
        if (!string.IsNullOrEmpty(query.ProviderId)) parameters["BizId"] = query.ProviderId;
        using var response = await AliyunApi.PostAsync(http, O.Endpoint, "QuerySendDetails", "2017-05-25", O.AccessKeyId!, O.AccessKeySecret!, parameters, time, cancellationToken)
            .ConfigureAwait(false);
        if (!response.Root.TryGetProperty("SmsSendDetailDTOs", out var dtos) || !dtos.TryGetProperty("SmsSendDetailDTO", out var list) || list.ValueKind != JsonValueKind.Array)
            return new SmsStatus(SmsDeliveryState.NotFound);
        foreach (var detail in list.EnumerateArray())
        {
            var outId = detail.TryGetProperty("OutId", out var o) ? o.GetString() : null;
            if (outId != query.Reference) continue;
            var status = detail.TryGetProperty("SendStatus", out var st) && st.TryGetInt32(out var n) ? n : 1;
            var error = detail.TryGetProperty("ErrCode", out var e) ? e.GetString() : null;
            return status switch
            {
                3 => new SmsStatus(SmsDeliveryState.Delivered, query.ProviderId),
                2 => new SmsStatus(SmsDeliveryState.Failed, query.ProviderId, error ?? "SendStatus 2"),
                _ => new SmsStatus(SmsDeliveryState.Accepted, query.ProviderId),
            };
        }
        return new SmsStatus(SmsDeliveryState.NotFound);
    }
}
