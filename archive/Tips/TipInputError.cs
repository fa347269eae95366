namespace LeftBehind.Archive.Tips;

/// <summary>One thing wrong with a tip staff wrote: the field and a stable code the admin API turns into a sentence.</summary>
public sealed record TipInputError(string Field, string Code);
