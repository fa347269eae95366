using LeftBehind.Archive.Roster;

namespace LeftBehind.Archive.Services;

/// <summary>Row is the 1-based index in the posted list; nothing is written when there are errors.</summary>
public sealed record RecordsImportResult(int Written, IReadOnlyList<RosterError> Errors);
