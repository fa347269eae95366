namespace LeftBehind.Archive.Model;

/// <summary>A person who asked for no more tips (停, 退订); removed when they ask to restart.</summary>
internal sealed class TipOptOut
{
    public int PersonId { get; set; }
    public DateTimeOffset StoppedAt { get; set; }
    /// <summary>The word the person sent, as a record of what they asked.</summary>
    public required string Keyword { get; set; }
}
