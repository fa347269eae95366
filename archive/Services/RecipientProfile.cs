using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>What a message to a person needs: their kind, their school's time zone, their stored preferences if any.</summary>
public sealed record RecipientProfile(int PersonId, PersonKind Kind, string? SchoolTimeZone, PersonPreferences? Preferences);
