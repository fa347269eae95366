namespace LeftBehind.Archive.Staff;

public sealed record ClassRef(int Id, string Name, int Children);
