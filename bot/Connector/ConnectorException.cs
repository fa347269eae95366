using System.Net;

namespace LeftBehind.Bot.Connector;

/// <summary>A Bot Connector call that failed after retries, or was refused before sending (untrusted serviceUrl).</summary>
internal sealed class ConnectorException(string message, HttpStatusCode? status = null, Exception? inner = null) : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;
}
