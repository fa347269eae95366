namespace LeftBehind.Dialogs.Understanding;

public enum TextAnalysisProvider
{
    /// <summary>ML.NET classifier and lexicons on this machine; nothing leaves the deployment.</summary>
    Local,

    /// <summary>Azure AI Language (analyze-text, optional CLU), with the local analyzer as fallback.</summary>
    Azure,
}
