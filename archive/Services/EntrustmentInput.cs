using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>The entrusted guardian the parents named, and the day and way they told the school (Art. 23).</summary>
public sealed record EntrustmentInput(string Name, string? Phone, string? Relation, DateOnly ToldOn, EntrustmentNotice ToldHow);
