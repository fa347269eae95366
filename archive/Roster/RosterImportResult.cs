namespace LeftBehind.Archive.Roster;

/// <summary>Imported = new children, Updated = children already on file (by school + 学号).</summary>
public sealed record RosterImportResult(RosterImportOutcome Outcome, int Imported, int Updated, IReadOnlyList<RosterError> Errors, bool DryRun);
