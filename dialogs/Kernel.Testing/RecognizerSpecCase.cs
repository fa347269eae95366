namespace LeftBehind.Dialogs.Testing;

/// <summary>One spec case as scored: what was expected (JSON of the spec's results) and what our recogniser gave.</summary>
public sealed record RecognizerSpecCase(string Input, string Expected, string? Ours, bool Passed, bool Wrong);
