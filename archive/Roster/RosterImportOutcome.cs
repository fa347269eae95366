namespace LeftBehind.Archive.Roster;

public enum RosterImportOutcome
{
    /// <summary>Every row valid; written unless it was a dry run.</summary>
    Ok,
    /// <summary>Some rows are invalid (HTTP 422); nothing written.</summary>
    InvalidRows,
    /// <summary>The file itself is unusable: empty, not CSV/xlsx, wrong headers (HTTP 400); nothing written.</summary>
    BadFile,
}
