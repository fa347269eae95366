namespace LeftBehind.Archive.Services;

/// <summary>A person's roster number, as entered.</summary>
public sealed record PersonPhone(int PersonId, string Phone);
