namespace LeftBehind.Archive.Roster;

internal sealed record RosterPerson(string Name, string? Phone, string? Workplace);
