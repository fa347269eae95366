using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Tips;

/// <summary>A tip as staff write it (or as the repository file holds it).</summary>
public sealed record TipInput(string Code, TipAudience Audience, string Topic, string Ages, string? Months, string TextZhCn, string TextZhTw, string TextEn, bool Active = true);
