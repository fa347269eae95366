namespace LeftBehind.Archive.Roster;

/// <summary>One problem in the file: row is the spreadsheet row (the header is row 1; 0 = the whole file).</summary>
public sealed record RosterError(int Row, string Column, string Message);
