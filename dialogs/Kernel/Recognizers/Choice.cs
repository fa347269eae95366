namespace LeftBehind.Dialogs.Recognizers;

/// <summary>An option of a choice prompt: its title (also what a tap sends back) and other words that pick it.</summary>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null);
