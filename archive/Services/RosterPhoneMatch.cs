using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>A person whose roster number may be the one an SMS came from.</summary>
public sealed record RosterPhoneMatch(int PersonId, PersonKind Kind, string? Phone);
