using Azure.Core;
using Azure.Core.Pipeline;

namespace LeftBehind.Dialogs.Understanding.Azure;

/// <summary>Adds the resource key on every try (the documented <c>Ocp-Apim-Subscription-Key</c> header).</summary>
internal sealed class SubscriptionKeyPolicy(string key) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue(AzureLanguageClient.KeyHeader, key);
}
