namespace LeftBehind.Archive.Services;

/// <summary>One of the 五个一 over a term: in how many child-months (the festival: of how many children) it was done.</summary>
public sealed record FiveOnesCount(FiveOnesItem Item, int Done, int Expected);
