namespace LeftBehind.Dialogs.Understanding.Azure;

/// <summary>What one analyze-text task said about the document; the fields of other tasks stay null.</summary>
internal sealed record AzureDocumentResult(string? LanguageIso = null, string? Sentiment = null, string? RedactedText = null);
