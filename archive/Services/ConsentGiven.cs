namespace LeftBehind.Archive.Services;

/// <summary>The consent a person accepted when binding: what is stored and why (purpose) and the text's version.</summary>
public sealed record ConsentGiven(string Purpose, string TextVersion);
