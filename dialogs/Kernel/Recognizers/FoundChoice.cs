namespace LeftBehind.Dialogs.Recognizers;

/// <summary>Which option the user picked, and how (Synonym holds the matched word, or the number typed).</summary>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);
