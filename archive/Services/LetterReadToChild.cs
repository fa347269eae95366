namespace LeftBehind.Archive.Services;

/// <summary>The letter after it was marked 已读给孩子听; <paramref name="First"/> is false when it had been marked before (the writer was told then).</summary>
public sealed record LetterReadToChild(LetterInfo Letter, bool First);
