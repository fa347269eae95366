namespace LeftBehind.Bot.Admin.Tips;

/// <summary>The body of POST and PUT /admin/tips: every field as text so a wrong value gets a field error, not a parse failure.</summary>
internal sealed record TipRequest(
    string? Code, string? Audience, string? Topic, string? Ages, string? Months, string? TextZhCn, string? TextZhTw, string? TextEn, bool? Active);
