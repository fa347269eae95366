using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LeftBehind.Bot.Auth;
using LeftBehind.Bot.Hosting;
using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Connector;

/// <summary>
/// The Bot Connector REST client: replies, proactive sends, updates and deletes at <c>{serviceUrl}/v3/conversations/…</c>.
/// Retries (429/5xx, honouring Retry-After) live in the HttpClient's resilience handler.
/// </summary>
internal sealed class ConnectorClient(
    HttpClient http,
    IConnectorTokenProvider tokens,
    ServiceUrlTrust trust,
    IOptions<BotAuthOptions> auth,
    BotMetrics metrics,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "BotFramework.Connector";

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken ct)
    {
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("activity has no conversation", nameof(activity));
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId)) path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        var body = activity with { Id = null };
        return CallAsync(HttpMethod.Post, activity.ServiceUrl, path, body, ct);
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken ct)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(activity.Conversation?.Id ?? string.Empty)}/activities/{Uri.EscapeDataString(activity.Id ?? string.Empty)}";
        return CallAsync(HttpMethod.Put, activity.ServiceUrl, path, activity, ct);
    }

    public Task<ResourceResponse> DeleteAsync(ConversationReference reference, CancellationToken ct)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(reference.Conversation?.Id ?? string.Empty)}/activities/{Uri.EscapeDataString(reference.ActivityId ?? string.Empty)}";
        return CallAsync(HttpMethod.Delete, reference.ServiceUrl, path, null, ct);
    }

    private async Task<ResourceResponse> CallAsync(HttpMethod method, string? serviceUrl, string path, Activity? body, CancellationToken ct)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
            throw Fail("activity has no usable serviceUrl", null);

        using var request = new HttpRequestMessage(method, new Uri(new Uri(baseUri.AbsoluteUri.TrimEnd('/') + "/"), path));
        if (auth.Value.IsAuthenticationDisabled)
        {
            // Development: replies go only to a channel on this machine (an emulator, a simulator) or a configured host,
            // never to whatever serviceUrl an unauthenticated activity named.
            if (!IsLoopback(baseUri) && !await trust.IsConfiguredAsync(serviceUrl).ConfigureAwait(false)) throw Fail("serviceUrl is not on loopback or the trust list", null);
        }
        else
        {
            // Our token is a credential: it only goes to hosts a verified channel activity came from or that are configured.
            if (!await trust.IsTrustedAsync(serviceUrl, ct).ConfigureAwait(false)) throw Fail("serviceUrl is not trusted", null);
            var token = await tokens.GetTokenAsync(ct).ConfigureAwait(false);
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        // Serialised up front so the request carries a Content-Length: JsonContent streams it chunked, and the chunk
        // framing cost an extra socket write per reply.
        if (body is not null) request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, BotJson.Options)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } };

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw Fail("connector unreachable", null, ex);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode) throw Fail("connector answered " + (int)response.StatusCode, response.StatusCode);
            if (response.Content.Headers.ContentLength is 0) return new ResourceResponse(null);
            try
            {
                return await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options, ct).ConfigureAwait(false) ?? new ResourceResponse(null);
            }
            catch (System.Text.Json.JsonException)
            {
                return new ResourceResponse(null);
            }
        }
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));

    private ConnectorException Fail(string reason, System.Net.HttpStatusCode? status, Exception? inner = null)
    {
        metrics.ConnectorError();
        logger.LogWarning("Bot Connector call failed: {Reason}", reason);
        return new ConnectorException(reason, status, inner);
    }
}
