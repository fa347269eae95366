using Azure.Core;

namespace LeftBehind.Dialogs.Understanding.Azure;

/// <summary>Azure.Core client options for <see cref="AzureLanguageClient"/> (transport, diagnostics).</summary>
internal sealed class AzureLanguageClientOptions : ClientOptions;
