using System.Net.Sockets;

namespace LeftBehind.Bot.Phone;

/// <summary>Sends one provider request once; a failure after the request may have left turns into "outcome unknown".</summary>
internal static class ProviderCall
{
    public static async Task<HttpResponseMessage> SendOnceAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable })
        {
            // Nothing was sent: an ordinary failure the outbox may retry.
            throw;
        }
        catch (HttpRequestException ex)
        {
            throw new PhoneOutcomeUnknownException("the provider's answer was lost", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PhoneOutcomeUnknownException("the provider did not answer in time", ex);
        }
    }
}
