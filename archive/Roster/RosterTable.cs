namespace LeftBehind.Archive.Roster;

/// <summary>The raw cells of a roster file: the header row and the data rows with their spreadsheet row numbers.</summary>
internal sealed record RosterTable(IReadOnlyList<string> Headers, IReadOnlyList<(int Row, string[] Cells)> Rows);
