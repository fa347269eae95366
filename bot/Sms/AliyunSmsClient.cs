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
}
