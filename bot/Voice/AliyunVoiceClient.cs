using System.Globalization;
using System.Text.Json;
using LeftBehind.Bot.Phone;
using LeftBehind.Scheduler.Outbox;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Voice;

/// <summary>Aliyun 语音服务 <c>SingleCallByTts</c> (dyvmsapi 2017-05-25), RPC-signed; named TTS parameters as JSON.</summary>
internal sealed class AliyunVoiceClient(HttpClient http, IOptions<VoiceOptions> options, TimeProvider time) : IVoiceClient
{
    public const string HttpClientName = "voice-aliyun";

    private AliyunVoiceOptions O => options.Value.Aliyun;

    public string Provider => "aliyun";

    public async Task<string?> CallAsync(VoiceCallRequest request, CancellationToken cancellationToken)
    {
        var named = new Dictionary<string, string>();
        var names = request.Template.ParameterNames();
        for (var i = 0; i < names.Count; i++) named[names[i]] = i < request.Values.Count ? request.Values[i] : "";
        var parameters = new Dictionary<string, string>
        {
            ["CalledNumber"] = PhoneAddress.National(request.Phone),
            ["TtsCode"] = request.Template.TemplateId,
            ["TtsParam"] = JsonSerializer.Serialize(named),
            ["PlayTimes"] = request.PlayTimes.ToString(CultureInfo.InvariantCulture),
            ["OutId"] = request.Reference,
        };
        if (!string.IsNullOrWhiteSpace(O.CalledShowNumber)) parameters["CalledShowNumber"] = O.CalledShowNumber;
        using var response = await AliyunApi.PostAsync(http, O.Endpoint, "SingleCallByTts", "2017-05-25", O.AccessKeyId!, O.AccessKeySecret!, parameters, time, cancellationToken).ConfigureAwait(false);
        return response.Root.TryGetProperty("CallId", out var id) ? id.GetString() : null;
    }
}
