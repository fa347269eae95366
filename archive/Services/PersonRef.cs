namespace LeftBehind.Archive.Services;

public sealed record PersonRef(int Id, string Name);
