namespace LeftBehind.Dialogs.Understanding;

/// <summary>One labelled corpus line; also the ML.NET input row.</summary>
internal sealed class IntentExample
{
    public string Label { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The corpus file it came from (zh-Hans, zh-Hant, en), for per-language figures.</summary>
    public string Language { get; set; } = "";
}
