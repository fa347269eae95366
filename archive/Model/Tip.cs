namespace LeftBehind.Archive.Model;

/// <summary>
/// One sentence of the 家长学校 / 家长课堂 library in three languages, for an audience, some age bands and (for
/// seasonal advice such as 防溺水) some months. Seeded from archive/Tips/tips.tsv by <see cref="Code"/>; staff edit
/// and add tips through the admin API. A tip is never deleted (sends refer to it), only switched off.
/// </summary>
internal sealed class Tip
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public TipAudience Audience { get; set; }
    public required string Topic { get; set; }
    /// <summary>"all" or a comma list of bands (3-5, 6-8, 9-12, 13-15).</summary>
    public required string Ages { get; set; }
    /// <summary>Empty for all year, else months as "5-9", "11-3" or "2,8".</summary>
    public string Months { get; set; } = "";
    public required string TextZhCn { get; set; }
    public required string TextZhTw { get; set; }
    public required string TextEn { get; set; }
    public bool Active { get; set; } = true;
    /// <summary>"library" (from the repository file) or "staff" (added through the admin API).</summary>
    public required string Origin { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
