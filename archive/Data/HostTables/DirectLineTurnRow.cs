namespace LeftBehind.Archive.Data.HostTables;

/// <summary>
/// directline_turns: how far the bot's turns of a conversation have got (the last user activity whose turn ran), so
/// turns run in stored order whichever instance stored or runs them.
/// </summary>
internal sealed class DirectLineTurnRow
{
    public required string ConversationId { get; set; }
    public long TurnSeq { get; set; }

    /// <summary>The sequence number of the last user activity stored; above <see cref="TurnSeq"/> while a turn is due.</summary>
    public long InboundSeq { get; set; }
}
