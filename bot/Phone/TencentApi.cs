using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace LeftBehind.Bot.Phone;

/// <summary>One Tencent Cloud API 3.0 call: TC3-signed JSON POST; returns "Response", throws on its "Error".</summary>
internal static class TencentApi
{
    public static async Task<JsonDocumentResponse> PostAsync(HttpClient http, string endpoint, string service, string action, string version, string region,
        string secretId, string secretKey, byte[] body, TimeProvider time, CancellationToken cancellationToken)
    {
        var uri = new Uri(endpoint.TrimEnd('/') + "/");
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(Tc3Signer.ContentType);
        request.Headers.TryAddWithoutValidation("Authorization", Tc3Signer.Authorization(secretId, secretKey, service, uri.Host, body, timestamp));
        request.Headers.Add("X-TC-Action", action);
        request.Headers.Add("X-TC-Version", version);
        request.Headers.Add("X-TC-Region", region);
        request.Headers.Add("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        using var response = await ProviderCall.SendOnceAsync(http, request, cancellationToken).ConfigureAwait(false);
        var doc = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        var root = doc.RootElement.GetProperty("Response");
        if (root.TryGetProperty("Error", out var error))
        {
            var code = error.GetProperty("Code").GetString() ?? "Unknown";
            var message = error.TryGetProperty("Message", out var m) ? m.GetString() ?? "" : "";
            doc.Dispose();
            if (code.StartsWith("InternalError", StringComparison.Ordinal)) throw new PhoneOutcomeUnknownException($"{code}: {message}");
            throw new PhoneSendRejectedException(code, message);
        }
        return new JsonDocumentResponse(doc, root);
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is JsonException or HttpRequestException or IOException)
        {
            // A gateway page or a cut body: the request may have been taken.
            throw new PhoneOutcomeUnknownException($"unreadable answer (HTTP {(int)response.StatusCode})", ex);
        }
    }
}
