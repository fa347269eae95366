using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LeftBehind.Bot.Phone;

/// <summary>One Aliyun RPC call: signed form POST to "/"; returns the JSON body when Code is OK, throws on any other code.</summary>
internal static class AliyunApi
{
    public static async Task<JsonDocumentResponse> PostAsync(HttpClient http, string endpoint, string action, string version, string accessKeyId, string accessKeySecret,
        IReadOnlyDictionary<string, string> parameters, TimeProvider time, CancellationToken cancellationToken)
    {
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var body = AliyunRpcSigner.SignedBody(accessKeyId, accessKeySecret, action, version, parameters, time.GetUtcNow(), nonce);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint.TrimEnd('/') + "/"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        using var response = await ProviderCall.SendOnceAsync(http, request, cancellationToken).ConfigureAwait(false);
        JsonDocument doc;
        try
        {
            doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is JsonException or HttpRequestException or IOException)
        {
            throw new PhoneOutcomeUnknownException($"unreadable answer (HTTP {(int)response.StatusCode})", ex);
        }
        var code = doc.RootElement.TryGetProperty("Code", out var c) ? c.GetString() ?? "" : "";
        if (code == "OK") return new JsonDocumentResponse(doc, doc.RootElement);
        var message = doc.RootElement.TryGetProperty("Message", out var m) ? m.GetString() ?? "" : "";
        doc.Dispose();
        if (code is "InternalError" or "ServiceUnavailable") throw new PhoneOutcomeUnknownException($"{code}: {message}");
        throw new PhoneSendRejectedException(code, message);
    }
}
