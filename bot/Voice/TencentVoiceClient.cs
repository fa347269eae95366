using System.Text.Json;
using LeftBehind.Bot.Phone;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Voice;

/// <summary>Tencent Cloud 语音消息 <c>SendTtsVoice</c> (vms, API 2020-09-02), TC3-signed.</summary>
internal sealed class TencentVoiceClient(HttpClient http, IOptions<VoiceOptions> options, TimeProvider time) : IVoiceClient
{
    public const string HttpClientName = "voice-tencent";

    private TencentVoiceOptions O => options.Value.Tencent;

    public string Provider => "tencent";

    public async Task<string?> CallAsync(VoiceCallRequest request, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["TemplateId"] = request.Template.TemplateId,
            ["TemplateParamSet"] = request.Values,
            ["CalledNumber"] = request.Phone,
            ["VoiceSdkAppid"] = O.VoiceSdkAppid!,
            ["PlayTimes"] = request.PlayTimes,
            ["SessionContext"] = request.Reference,
        });
        using var response = await TencentApi.PostAsync(http, O.Endpoint, "vms", "SendTtsVoice", "2020-09-02", O.Region, O.SecretId!, O.SecretKey!, body, time, cancellationToken).ConfigureAwait(false);
        return response.GetProperty("SendStatus").TryGetProperty("CallId", out var id) ? id.GetString() : null;
    }
}
