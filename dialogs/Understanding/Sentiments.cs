namespace LeftBehind.Dialogs.Understanding;

/// <summary>The values <see cref="TextAnalysis.Sentiment"/> takes (the Azure AI Language labels).</summary>
internal static class Sentiments
{
    public const string Positive = "positive";
    public const string Neutral = "neutral";
    public const string Negative = "negative";
    public const string Mixed = "mixed";
}
