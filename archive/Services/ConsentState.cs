namespace LeftBehind.Archive.Services;

/// <summary>
/// Where a person stands: <see cref="Given"/> when an agreement is in force (its text version and time), otherwise
/// the last withdrawal or refusal, if any. A person with no answer yet has neither.
/// </summary>
public sealed record ConsentState(bool Given, string? TextVersion, DateTimeOffset? GivenAt, DateTimeOffset? WithdrawnAt, DateTimeOffset? RefusedAt);
