namespace LeftBehind.Dialogs.Understanding.Azure;

/// <summary>CLU's top intent and its confidence.</summary>
internal sealed record AzureConversationResult(string TopIntent, double Confidence);
