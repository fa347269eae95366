namespace LeftBehind.Archive.Data.HostTables;

/// <summary>wechat_media: images uploaded as temporary media, by content hash, reused for their three days.</summary>
internal sealed class WeChatMediaRow
{
    public required string ContentHash { get; set; }
    public required string MediaId { get; set; }
    public long CreatedAt { get; set; }
}
