using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>Section <c>TextAnalysis</c>.</summary>
public sealed class TextAnalysisOptions : IValidatableObject
{
    public const string Section = "TextAnalysis";

    public TextAnalysisProvider Provider { get; set; } = TextAnalysisProvider.Local;

    /// <summary>Azure AI Language resource endpoint, e.g. https://name.cognitiveservices.azure.com.</summary>
    public Uri? Endpoint { get; set; }

    public string? Key { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string ApiVersion { get; set; } = "2023-04-01";

    public string? CluProjectName { get; set; }

    public string? CluDeploymentName { get; set; }

    /// <summary>Budget for the whole cloud analysis, retries included; past it the local analyzer answers.</summary>
    [Range(100, 60_000)]
    public int TimeoutMs { get; set; } = 3000;

    /// <summary>Network timeout of one attempt.</summary>
    [Range(50, 60_000)]
    public int PerTryTimeoutMs { get; set; } = 1500;

    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Below this probability the intent is reported as <c>other</c>.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.3;

    /// <summary>Where the trained intent model is cached (a file keyed by the corpus hash).</summary>
    [Required(AllowEmptyStrings = false)]
    public string ModelDirectory { get; set; } = "data/models";

    /// <summary>Longest text accepted for analysis, in characters.</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 2000;

    public bool UsesClu => !string.IsNullOrWhiteSpace(CluProjectName) && !string.IsNullOrWhiteSpace(CluDeploymentName);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != TextAnalysisProvider.Azure) yield break;
        if (Endpoint is null || !Endpoint.IsAbsoluteUri)
            yield return new ValidationResult("TextAnalysis:Endpoint must be an absolute URI when Provider=Azure", [nameof(Endpoint)]);
        if (string.IsNullOrWhiteSpace(Key))
            yield return new ValidationResult("TextAnalysis:Key is required when Provider=Azure", [nameof(Key)]);
    }
}
